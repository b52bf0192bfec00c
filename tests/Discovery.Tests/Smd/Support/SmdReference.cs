using System.Runtime.CompilerServices;
using Discovery.Testing.Mockups;

namespace Discovery.Smd.Tests.Support;

/// <summary>
/// Finds ../shared/reference/smd (swagger_v2.yaml, BEHAVIOR.md, examples/): <c>$DISCOVERY_SHARED_REFERENCE</c>, else
/// beside the shared mockups (<see cref="MockupPaths.SharedRoot"/>), else above the repository; skips when absent.
/// </summary>
internal static class SmdReference
{
    /// <summary>Environment variable that points at the shared reference folder (the one holding <c>smd/</c>).</summary>
    public const string Variable = "DISCOVERY_SHARED_REFERENCE";

    /// <summary>The path of a file under reference/smd; skips the calling test when the reference is not there.</summary>
    public static string File(string relative)
    {
        var found = Roots().Select(root => Path.Combine(root, "smd", relative)).FirstOrDefault(System.IO.File.Exists);
        if (found is null)
        {
            Assert.Skip($"reference/smd/{relative} not found (set ${Variable}, or keep ../shared beside the repository).");
        }

        return found!;
    }

    private static IEnumerable<string> Roots()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
        }

        if (MockupPaths.SharedRoot() is { } mockups)
        {
            yield return Path.Combine(mockups, "..", "..", "reference");
        }

        foreach (var start in new[] { AppContext.BaseDirectory, SourceDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                yield return Path.Combine(dir.FullName, "shared", "reference");
            }
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
