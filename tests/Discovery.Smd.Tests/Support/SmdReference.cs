using System.Runtime.CompilerServices;

namespace Discovery.Smd.Tests.Support;

/// <summary>Finds ../shared/reference/smd (swagger_v2.yaml, BEHAVIOR.md, examples/) above the repository; skips when absent.</summary>
internal static class SmdReference
{
    /// <summary>The path of a file under reference/smd; skips the calling test when the reference is not there.</summary>
    public static string File(string relative)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, SourceDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "reference", "smd", relative);
                if (System.IO.File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Assert.Skip($"shared/reference/smd/{relative} not found above the repository.");
        return string.Empty;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
