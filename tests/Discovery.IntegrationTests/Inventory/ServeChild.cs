using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Discovery.IntegrationTests.Inventory;

/// <summary><c>discover serve</c> as a child process of the test: started over a data folder, its address read from standard error.</summary>
internal static partial class ServeChild
{
    [GeneratedRegex(@"on (http://127\.0\.0\.1:\d+/?)")]
    private static partial Regex ListeningOn();

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>Starts serve on 127.0.0.1 (a free port) over <paramref name="dataDirectory"/>, without periodic snapshots; the JWT secret goes in the environment.</summary>
    public static Process Start(string dataDirectory, string jwtSecret)
    {
        var info = new ProcessStartInfo(DotnetHost) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "discover.dll"), "serve", "--listen", "127.0.0.1:0", "--data-dir", dataDirectory, "--snapshot-interval", "0" })
        {
            info.ArgumentList.Add(argument);
        }

        // The secret travels in the environment, never in the arguments (ps would show it).
        info.Environment["DISCOVER_JWT_SECRET"] = jwtSecret;
        return Process.Start(info)!;
    }

    /// <summary>Waits until serve listens (it holds the store by then) and returns its address; its later output is drained.</summary>
    public static async Task<Uri> WaitForAddressAsync(Process child, CancellationToken cancellationToken)
    {
        // serve prints "discover: serving the inventory in DIR on http://127.0.0.1:PORT/ (auth jwt)" once listening.
        var seen = new StringBuilder();
        while (await child.StandardError.ReadLineAsync(cancellationToken) is { } line)
        {
            seen.AppendLine(line);
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                _ = DrainAsync(child.StandardError);
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"serve exited before listening ({child.ExitCode}): {seen}");
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is not null)
        {
        }
    }
}
