using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Discovery.Api.Auth;
using Discovery.Testing;

namespace Discovery.IntegrationTests;

/// <summary>The built <c>discover</c> as a child process: one command run to its end, or <c>serve</c> until disposed.</summary>
internal sealed partial class DiscoverProcess : IAsyncDisposable
{
    private readonly Process _process;

    private readonly string _jwtSecret;

    /// <summary>serve's stderr after the line that says where it listens (its log), in order.</summary>
    private readonly ConcurrentQueue<string> _errorLines = new();

    private DiscoverProcess(Process process, Uri address, string jwtSecret)
    {
        _process = process;
        Address = address;
        _jwtSecret = jwtSecret;
        _ = RecordAsync(process.StandardError, _errorLines);
    }

    /// <summary>Where <c>serve</c> listens.</summary>
    public Uri Address { get; }

    /// <summary>Whether the server process is still alive.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>An HTTP client of the server carrying a bearer token signed with its secret (10 minutes).</summary>
    public HttpClient CreateAuthorizedClient()
    {
        var http = new HttpClient { BaseAddress = Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", ApiTokens.CreateHs256(Encoding.UTF8.GetBytes(_jwtSecret), "ci", TimeSpan.FromMinutes(10), TimeProvider.System));
        return http;
    }

    /// <summary>Waits (a minute at most) until serve has logged at least <paramref name="count"/> lines containing <paramref name="text"/>.</summary>
    public Task WaitForLogAsync(string text, int count, CancellationToken cancellationToken) =>
        Poll.UntilAsync(
            () => _errorLines.Count(line => line.Contains(text, StringComparison.Ordinal)) >= count,
            $"{count} line(s) of serve's log containing '{text}'",
            cancellationToken,
            TimeSpan.FromMinutes(1));

    /// <summary>The server's process id.</summary>
    public int Id => _process.Id;

    /// <summary>Kills the server with SIGKILL (no shutdown hook, no last snapshot) and returns its exit code.</summary>
    public async Task<int> KillAsync(CancellationToken cancellationToken)
    {
        _process.Kill();
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    /// <summary>Runs <c>discover ARGS</c> to its end (a minute at most).</summary>
    public static Task<ProcessRunResult> RunAsync(CancellationToken cancellationToken, params string[] args) =>
        ProcessRunner.RunAsync(StartInfo(args), TimeSpan.FromMinutes(1), cancellationToken);

    /// <summary>Starts <c>discover serve</c> on a free loopback port with <paramref name="jwtSecret"/> in its environment; returns once it listens.</summary>
    public static Task<DiscoverProcess> ServeAsync(string dataDirectory, string jwtSecret, CancellationToken cancellationToken) =>
        ServeAsync(dataDirectory, jwtSecret, [], cancellationToken);

    /// <summary>As <see cref="ServeAsync(string, string, CancellationToken)"/>, with more options for serve (boot sessions' services and timing).</summary>
    public static async Task<DiscoverProcess> ServeAsync(string dataDirectory, string jwtSecret, IReadOnlyList<string> options, CancellationToken cancellationToken)
    {
        var info = StartInfo(["serve", "--listen", "127.0.0.1:0", "--data-dir", dataDirectory, "--snapshot-interval", "0", .. options]);
        info.RedirectStandardError = true;
        info.RedirectStandardOutput = true;
        info.UseShellExecute = false;
        // The secret travels in the environment, never in the arguments.
        info.Environment["DISCOVER_JWT_SECRET"] = jwtSecret;
        var process = Process.Start(info)!;
        try
        {
            _ = DrainAsync(process.StandardOutput);
            return new DiscoverProcess(process, await WaitForAddressAsync(process, cancellationToken), jwtSecret);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"on (http://127\.0\.0\.1:\d+/?)")]
    private static partial Regex ListeningOn();

    private static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo(Testing.DotnetHost.Path);
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "discover.dll"));
        foreach (var argument in args)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>Reads serve's stderr until it says where it listens; the rest of stderr is drained.</summary>
    private static async Task<Uri> WaitForAddressAsync(Process child, CancellationToken cancellationToken)
    {
        // serve prints "discover: serving the inventory in DIR on http://127.0.0.1:PORT/ (auth jwt)" once listening.
        var seen = new StringBuilder();
        while (await child.StandardError.ReadLineAsync(cancellationToken) is { } line)
        {
            seen.AppendLine(line);
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"serve exited before listening: {seen}");
    }

    private static async Task RecordAsync(StreamReader reader, ConcurrentQueue<string> lines)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Enqueue(line);
        }
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is not null)
        {
        }
    }
}
