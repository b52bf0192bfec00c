namespace Discovery.Testing;

/// <summary>The dotnet host running the tests, to start a built program (<c>dotnet exec some.dll</c>) as a child process.</summary>
public static class DotnetHost
{
    /// <summary>Path of the host: DOTNET_HOST_PATH when set (dotnet test sets it), else this process when it is dotnet, else "dotnet".</summary>
    public static string Path =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Environment.ProcessPath is { } path && System.IO.Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
