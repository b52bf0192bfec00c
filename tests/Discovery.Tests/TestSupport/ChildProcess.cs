namespace Discovery.Tests.TestSupport;

/// <summary>Whether a program a test starts is on PATH (runs go through <c>ProcessRunner</c>; the dotnet host is <c>DotnetHost.Path</c>).</summary>
internal static class ChildProcess
{
    /// <summary>True when <paramref name="program"/> is in a PATH folder and leads to a file.</summary>
    public static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Any(directory => Runs(Path.Combine(directory, program)));

    // A link whose target is gone (npm uninstalled, its /usr/bin link left behind) names nothing that runs.
    private static bool Runs(string path) =>
        File.Exists(path) && (new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is not { } target || target.Exists);
}
