using System.Reflection;
using System.Runtime.CompilerServices;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Packaging;

/// <summary>
/// The .deb that scripts/package.sh leaves in out/package, installed once into a scratch root with <c>dpkg-deb -x</c>
/// (no maintainer script runs, the host's dpkg database and /usr stay untouched), its control files beside it. (The
/// test that runs <c>dpkg -i</c> does so in a private mount namespace over overlays, as root only.)
/// scripts/test.sh builds the package before the tests and sets <see cref="RequiredVariable"/>, so there a missing
/// package fails the tests; run by hand without the variable, they skip and say how to build it.
/// </summary>
public sealed class InstalledPackage : IAsyncLifetime
{
    /// <summary>Set to 1 by scripts/test.sh: the package must be there.</summary>
    public const string RequiredVariable = "DISCOVERY_PACKAGE_REQUIRED";

    private readonly TempDirectory _scratch = new();
    private string? _unavailable;

    /// <summary>The project's version (Directory.Build.props), as this test assembly was built with it.</summary>
    public static string ProjectVersion { get; } = typeof(InstalledPackage).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>The file name scripts/package.sh gives the package of this version.</summary>
    public static string FileName => $"discover_{ProjectVersion}_amd64.deb";

    /// <summary>The repository's root folder (holds scripts/package.sh), or null when not found.</summary>
    public string? Repository { get; } = FindRepository();

    /// <summary>The .deb's full path (empty when it was not found).</summary>
    public string Deb { get; private set; } = string.Empty;

    /// <summary>The scratch root the package's files were unpacked into.</summary>
    public string Root => Path.Combine(_scratch.Path, "root");

    /// <summary>The package's control files (control, postinst, prerm, postrm).</summary>
    public string Control => Path.Combine(_scratch.Path, "DEBIAN");

    /// <summary>What <c>dpkg-deb --info</c> printed.</summary>
    public string Info { get; private set; } = string.Empty;

    /// <summary>A path inside the scratch root, from an absolute installed path such as /usr/bin/discover.</summary>
    public string Installed(string path) => Path.Combine(Root, path.TrimStart('/'));

    /// <summary>Skips the calling test (or fails it under scripts/test.sh) when the package could not be installed.</summary>
    public void Require()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequiredVariable) == "1")
        {
            Assert.Fail($"{_unavailable} ({RequiredVariable}=1: scripts/test.sh runs scripts/package.sh before the tests)");
        }

        Assert.Skip($"{_unavailable}. Build it with scripts/package.sh (about two minutes), then run these tests again.");
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var package = Repository is null ? null : Path.Combine(Repository, "out", "package", FileName);
        if (package is null || !File.Exists(package))
        {
            _unavailable = $"out/package/{FileName} was not found";
            return;
        }

        if (!File.Exists("/usr/bin/dpkg-deb"))
        {
            _unavailable = "dpkg-deb is not installed (Debian's dpkg package)";
            return;
        }

        Deb = package;
        var token = TestContext.Current.CancellationToken;
        Info = (await DpkgDebAsync(["--info", package], token)).Output;
        await DpkgDebAsync(["--extract", package, Root], token);
        await DpkgDebAsync(["--control", package, Control], token);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _scratch.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<ProcessRunResult> DpkgDebAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var result = await PackageProcess.RunAsync("/usr/bin/dpkg-deb", arguments, cancellationToken);
        return result.ExitCode == 0 ? result : throw new InvalidOperationException($"dpkg-deb {string.Join(' ', arguments)}: {result}");
    }

    private static string? FindRepository([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(source) ?? ".", AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "scripts", "package.sh")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
