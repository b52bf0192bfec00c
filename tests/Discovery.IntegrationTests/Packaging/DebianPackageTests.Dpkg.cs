using Discovery.Testing;

namespace Discovery.IntegrationTests.Packaging;

public sealed partial class DebianPackageTests
{
    // Runs in a private mount namespace: /etc, /var and /usr become overlays whose writes land in $2, so dpkg, adduser
    // and the maintainer scripts run for real while the host's files and dpkg database stay as they were. An empty
    // /run hides a running systemd (the scripts then skip systemctl), an empty tmpfs the .NET installation.
    private const string DpkgScript = """
        set -eu
        deb=$1 work=$2 dotnet=$3
        for d in etc var usr; do
            mkdir -p "$work/upper/$d" "$work/work/$d"
            mount -t overlay overlay -o "lowerdir=/$d,upperdir=$work/upper/$d,workdir=$work/work/$d" "/$d" || exit 77
        done
        mount -t tmpfs tmpfs /run
        mount -t tmpfs tmpfs "$dotnet"
        dpkg -i "$deb" >/dev/null
        echo "status=$(dpkg-query -W -f='${Status} ${Version}' discover)"
        echo "user=$(getent passwd discover | cut -d: -f1,6,7)"
        echo "home=$(stat -c %U /var/lib/discover)"
        echo "version=$(runuser -u discover -- /usr/bin/discover --version)"
        dpkg -P discover >/dev/null
        echo "purged=$(dpkg-query -W -f='${Status}' discover 2>/dev/null || true)"
        echo "user=$(getent passwd discover | cut -d: -f1)"
        echo "binary=$(test -e /usr/bin/discover && echo present || echo gone)"
        """;

    [Fact]
    public async Task Dpkg_installs_the_package_creates_its_user_and_purges_it_without_touching_the_host()
    {
        package.Require();
        if (!Environment.IsPrivilegedProcess || !File.Exists("/usr/bin/unshare"))
        {
            Assert.Skip("dpkg -i runs only as root (as scripts/test.sh does in CI), in a private mount namespace (unshare).");
        }

        using var work = new TempDirectory();
        var hostHasDiscover = File.Exists(Discover);
        var hostDatabase = File.GetLastWriteTimeUtc("/var/lib/dpkg/status");

        var result = await PackageProcess.RunAsync(
            "/usr/bin/unshare",
            ["--mount", "--propagation", "private", "--", "/bin/sh", "-c", DpkgScript, "sh", package.Deb, work.Path, PackageProcess.DotnetRoot],
            new Dictionary<string, string> { ["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin" },
            Token,
            TimeSpan.FromMinutes(3));

        if (result.ExitCode == 77)
        {
            Assert.Skip($"overlay mounts are not available here: {result.Error}");
        }

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                $"status=install ok installed {InstalledPackage.ProjectVersion}",
                "user=discover:/var/lib/discover:/usr/sbin/nologin",
                "home=discover",
                "purged=",
                "user=discover",
                "binary=gone",
            ],
            lines.Where(l => !l.StartsWith("version=", StringComparison.Ordinal)));
        var version = Assert.Single(lines, l => l.StartsWith("version=", StringComparison.Ordinal));
        Assert.Equal(InstalledPackage.ProjectVersion, version["version=".Length..].Split('+')[0]);
        Assert.Equal(hostHasDiscover, File.Exists(Discover));
        Assert.Equal(hostDatabase, File.GetLastWriteTimeUtc("/var/lib/dpkg/status"));
    }
}
