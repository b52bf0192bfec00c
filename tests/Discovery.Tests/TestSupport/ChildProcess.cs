namespace Discovery.Tests.TestSupport;

/// <summary>Where the programs a test starts are: on PATH, and the dotnet host (runs go through <c>ProcessRunner</c>).</summary>
internal static class ChildProcess
{
    /// <summary>True when <paramref name="program"/> is in a PATH folder and leads to a file.</summary>
    public static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Any(directory => Runs(Path.Combine(directory, program)));

    // A link whose target is gone (npm uninstalled, its /usr/bin link left behind) names nothing that runs.
    private static bool Runs(string path) =>
        File.Exists(path) && (new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is not { } target || target.Exists);

    /// <summary>The dotnet host running this process (to start this test assembly's helper modes).</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
