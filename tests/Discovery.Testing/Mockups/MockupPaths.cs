using System.Runtime.CompilerServices;
using Xunit;

namespace Discovery.Testing.Mockups;

/// <summary>
/// Finds mockup folders for tests: the shared real-vendor mockups (../shared/fixtures/mockups, never copied into the
/// repository) and the project's own small ones (fixtures/). Tests skip with a clear message when the shared set is absent.
/// </summary>
public static class MockupPaths
{
    /// <summary>Environment variable that points at the shared mockups folder when it is not next to the repository.</summary>
    public const string SharedVariable = "DISCOVERY_SHARED_MOCKUPS";

    /// <summary>Names of the project's own fixtures under fixtures/.</summary>
    public static IReadOnlyList<string> ProjectNames { get; } = ["minimal", "nics-under-managers", "multi-system", "no-systems"];

    /// <summary>The shared mockups folder, or null when it cannot be found.</summary>
    public static string? SharedRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(SharedVariable);
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return Ancestors()
            .Select(d => Path.Combine(d, "shared", "fixtures", "mockups"))
            .FirstOrDefault(Directory.Exists);
    }

    /// <summary>The path of one shared mockup (e.g. "dmtf-public-rackmount1"); skips the calling test when absent.</summary>
    public static string Shared(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var root = SharedRoot();
        if (root is null)
        {
            Assert.Skip($"Shared mockups not found (looked for shared/fixtures/mockups above the repository and ${SharedVariable}).");
            return string.Empty;
        }

        var path = Path.Combine(root, name);
        if (!Directory.Exists(path))
        {
            Assert.Skip($"Shared mockup '{name}' is not in {root}.");
        }

        return path;
    }

    /// <summary>Names of every shared mockup (empty when the shared folder is absent).</summary>
    public static IReadOnlyList<string> SharedNames()
    {
        var root = SharedRoot();
        return root is null
            ? []
            : Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The path of one of the project's fixtures (e.g. "minimal"); throws when missing (it is part of the repository).</summary>
    public static string Project(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var root = Ancestors()
            .Select(d => Path.Combine(d, "fixtures"))
            .FirstOrDefault(d => Directory.Exists(Path.Combine(d, "minimal")))
            ?? throw new DirectoryNotFoundException("The repository's fixtures/ folder was not found above the test binaries or sources.");
        var path = Path.Combine(root, name);
        return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"Fixture '{name}' is not in {root}.");
    }

    // Builds may put binaries outside the checkout (--artifacts-path /tmp/...), so the source location is searched too.
    private static IEnumerable<string> Ancestors()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, SourceDirectory(), Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                yield return dir.FullName;
            }
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
