using System.Diagnostics;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Packaging;

/// <summary>
/// Runs the packaging tests' programs to completion within a deadline, capturing their output. A program runs either
/// with this process's environment or, through <see cref="RunBareAsync"/>, as on a machine without .NET.
/// </summary>
internal static class PackageProcess
{
    private const string BarePath = "/usr/bin:/bin";
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(1);
    private static Task<bool>? _canHideDotnet;

    /// <summary>The .NET installation this test process runs on (for example /usr/share/dotnet).</summary>
    public static string DotnetRoot { get; } =
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    public static Task<ProcessRunResult> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(fileName, arguments, environment: null, cancellationToken);

    /// <summary>
    /// Runs a program in an empty environment but for <c>PATH=/usr/bin:/bin</c> and <paramref name="environment"/> (no
    /// DOTNET_ROOT, no dotnet on PATH), and, where this process may make a private mount namespace, with
    /// <see cref="DotnetRoot"/> hidden under an empty tmpfs: then nothing of .NET is left for the program to find.
    /// </summary>
    public static async Task<ProcessRunResult> RunBareAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var bare = new Dictionary<string, string>(environment, StringComparer.Ordinal) { ["PATH"] = BarePath };
        if (!await CanHideDotnetAsync())
        {
            TestContext.Current.SendDiagnosticMessage($"unshare is not available: {program} ran in a bare environment, {DotnetRoot} still visible");
            return await RunAsync(program, arguments, bare, cancellationToken);
        }

        return await RunAsync("/usr/bin/unshare", [.. HideDotnet(), program, .. arguments], bare, cancellationToken);
    }

    // unshare [--user --map-root-user] --mount -- sh -c '<mount tmpfs over $1, check, exec the rest>' sh <dotnet root> ...
    private static string[] HideDotnet() =>
    [
        .. Environment.IsPrivilegedProcess ? Array.Empty<string>() : ["--user", "--map-root-user"],
        "--mount", "--",
        "/bin/sh", "-c", """mount -t tmpfs -o size=1m discover-test "$1" && test ! -e "$1/dotnet" && ! command -v dotnet >/dev/null && shift && exec "$@" """,
        "sh", DotnetRoot,
    ];

    private static Task<bool> CanHideDotnetAsync() => LazyInitializer.EnsureInitialized(ref _canHideDotnet, async () =>
    {
        if (!File.Exists("/usr/bin/unshare") || !File.Exists(Path.Combine(DotnetRoot, "dotnet")))
        {
            return false;
        }

        try
        {
            var probe = await RunAsync("/usr/bin/unshare", [.. HideDotnet(), "/bin/true"], new Dictionary<string, string> { ["PATH"] = BarePath }, CancellationToken.None);
            return probe.ExitCode == 0;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    });

    /// <summary>Runs a program with exactly <paramref name="environment"/> (or this process's, when null).</summary>
    public static Task<ProcessRunResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment,
        CancellationToken cancellationToken,
        TimeSpan? deadline = null)
    {
        var info = new ProcessStartInfo(fileName);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            info.Environment.Clear();
            foreach (var (name, value) in environment)
            {
                info.Environment[name] = value;
            }
        }

        return ProcessRunner.RunAsync(info, deadline ?? DefaultDeadline, cancellationToken);
    }
}
