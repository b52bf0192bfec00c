using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Packaging;

/// <summary>
/// The .deb of scripts/package.sh (issue 12, "A package users can install"), installed into a scratch root: its control
/// fields, where its files go, and its programs run as on a machine without .NET.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed partial class DebianPackageTests(InstalledPackage package) : IClassFixture<InstalledPackage>
{
    private const string Discover = "/usr/bin/discover";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"^ (?<name>[A-Za-z-]+): (?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex InfoField();

    [Fact]
    public void Package_info_names_the_package_its_version_and_the_libraries_a_self_contained_build_needs()
    {
        package.Require();
        var fields = InfoField().Matches(package.Info).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);
        var depends = fields["Depends"].Split(',').Select(d => d.Trim().Split(' ')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal("discover", fields["Package"]);
        Assert.Equal(InstalledPackage.ProjectVersion, fields["Version"]);
        Assert.Equal("amd64", fields["Architecture"]);
        Assert.Matches(@"^.+ <[^@\s]+@[^@\s]+>$", fields["Maintainer"]);
        Assert.True(int.Parse(fields["Installed-Size"], System.Globalization.CultureInfo.InvariantCulture) > 10_000, fields["Installed-Size"]);
        Assert.Equal("Redfish discovery and inventory for HPC clusters", fields["Description"]);
        Assert.Superset(new HashSet<string>(["libc6", "libgcc-s1", "libstdc++6", "libssl3", "adduser"], StringComparer.Ordinal), depends);
        // libicu only when globalization is not invariant; the tests are built with the project's setting.
        var invariant = AppContext.TryGetSwitch("System.Globalization.Invariant", out var on) && on;
        Assert.Equal(!invariant, depends.Any(d => d.StartsWith("libicu", StringComparison.Ordinal)));
    }

    [Fact]
    public void Package_installs_both_programs_in_usr_lib_discover_linked_from_usr_bin()
    {
        package.Require();
        foreach (var program in new[] { "discover", "mock-bmc" })
        {
            var installed = package.Installed($"/usr/lib/discover/{program}");
            Assert.True(File.GetUnixFileMode(installed).HasFlag(UnixFileMode.OtherExecute), $"{installed} is not executable");
            Assert.Equal($"../lib/discover/{program}", new FileInfo(package.Installed($"/usr/bin/{program}")).LinkTarget);
        }

        // The DuckDB library travels inside the single file, not beside it.
        Assert.Empty(Directory.EnumerateFiles(package.Root, "libduckdb*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Package_installs_the_unit_and_timer_running_the_installed_discover_and_the_example_config()
    {
        package.Require();
        var unit = File.ReadAllLines(package.Installed("/lib/systemd/system/discover-run.service"));
        var execStart = Assert.Single(unit, l => l.StartsWith("ExecStart=", StringComparison.Ordinal));

        Assert.Equal($"ExecStart={Discover} run --config /etc/discover/run.yaml", execStart);
        Assert.Equal("../lib/discover/discover", new FileInfo(package.Installed(Discover)).LinkTarget);
        Assert.DoesNotContain(unit, l => l.Contains("/usr/local", StringComparison.Ordinal));
        Assert.Contains("CacheDirectory=discover", unit);
        Assert.Contains("Environment=DOTNET_BUNDLE_EXTRACT_BASE_DIR=%C/discover", unit);
        Assert.Equal(RepositoryFile("scripts/schedule/discover-run.timer"), File.ReadAllText(package.Installed("/lib/systemd/system/discover-run.timer")));
        Assert.Equal(RepositoryFile("scripts/schedule/discover-run.yaml"), File.ReadAllText(package.Installed("/usr/share/doc/discover/examples/run.yaml")));
        Assert.Contains($"{Discover} run --config /etc/discover/run.yaml", File.ReadAllText(package.Installed("/usr/share/doc/discover/examples/crontab")), StringComparison.Ordinal);
        Assert.True(Directory.Exists(package.Installed("/etc/discover")));
    }

    [Fact]
    public async Task Package_maintainer_scripts_are_executable_posix_shell()
    {
        package.Require();
        foreach (var script in new[] { "postinst", "prerm", "postrm" })
        {
            var path = Path.Combine(package.Control, script);
            Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable");
            var check = await PackageProcess.RunAsync("/bin/sh", ["-n", path], Token);
            Assert.True(check.ExitCode == 0, $"{script}: {check}");
        }
    }

    [Fact]
    public async Task Installed_discover_prints_the_project_version_without_dotnet()
    {
        package.Require();
        using var home = new TempDirectory();

        var result = await RunInstalledAsync(Discover, ["--version"], new() { ["HOME"] = home.Path });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(InstalledPackage.ProjectVersion, result.Output.Trim().Split('+')[0]);
    }

    [Fact]
    public async Task Installed_discover_reads_an_empty_store_with_the_DuckDB_library_unpacked_from_its_single_file()
    {
        package.Require();
        using var home = new TempDirectory();

        var result = await RunInstalledAsync(Discover, ["get", "nodes", "--data-dir", home.File("store"), "-o", "json"], new() { ["HOME"] = home.Path });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("[]", result.Output.Trim());
        Assert.Single(Directory.EnumerateFiles(Path.Combine(home.Path, ".net", "discover"), "libduckdb.so", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Installed_discover_starts_with_the_units_unpacking_folder_when_its_home_does_not_exist()
    {
        package.Require();
        using var temp = new TempDirectory();
        // What discover-run.service gives its home-less system user: Environment=DOTNET_BUNDLE_EXTRACT_BASE_DIR=%C/discover.
        var cache = Directory.CreateDirectory(temp.File("cache")).FullName;

        var result = await RunInstalledAsync(
            Discover,
            ["get", "nodes", "--data-dir", temp.File("store"), "-o", "json"],
            new() { ["HOME"] = "/nonexistent", ["DOTNET_BUNDLE_EXTRACT_BASE_DIR"] = cache, ["XDG_STATE_HOME"] = temp.File("state") });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("[]", result.Output.Trim());
        Assert.Single(Directory.EnumerateFiles(cache, "libduckdb.so", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Installed_mock_bmc_prints_its_help_without_dotnet()
    {
        package.Require();
        using var home = new TempDirectory();

        var result = await RunInstalledAsync("/usr/bin/mock-bmc", ["--help"], new() { ["HOME"] = home.Path });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("mock-bmc [options]", result.Output, StringComparison.Ordinal);
    }

    private Task<ProcessRunResult> RunInstalledAsync(string program, string[] arguments, Dictionary<string, string> environment) =>
        PackageProcess.RunBareAsync(package.Installed(program), arguments, environment, Token);

    private string RepositoryFile(string path)
    {
        Assert.NotNull(package.Repository);
        return File.ReadAllText(Path.Combine(package.Repository, path));
    }
}
