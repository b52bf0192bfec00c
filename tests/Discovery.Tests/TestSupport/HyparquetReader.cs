using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Discovery.Testing;

namespace Discovery.Tests.TestSupport;

/// <summary>
/// Reads Parquet with the pure-JavaScript hyparquet (+ hyparquet-compressors for zstd) through js/read-parquet.mjs:
/// an independent reader, so a file DuckDB can read but the format does not allow would still fail here.
/// Installs the pinned packages with <c>npm ci</c> on first use; skips when node or npm is missing.
/// </summary>
internal static class HyparquetReader
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    private static string JsDirectory => typeof(HyparquetReader).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "StorageTestsJsDirectory").Value!;

    public static async Task<JsonElement> ReadAsync(string parquetFile, CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(cancellationToken);
        var (exitCode, output, error) = await RunAsync("node", [Path.Combine(JsDirectory, "read-parquet.mjs"), parquetFile], TimeSpan.FromMinutes(2), cancellationToken);
        Assert.True(exitCode == 0, $"hyparquet failed on {parquetFile}: {error}");
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            if (Directory.Exists(Path.Combine(JsDirectory, "node_modules", "hyparquet-compressors")))
            {
                return;
            }

            if (!ChildProcess.IsOnPath("node") || !ChildProcess.IsOnPath("npm"))
            {
                Assert.Skip("node and npm are needed for the hyparquet cross-check (apt-get install nodejs npm).");
            }

            var (exitCode, _, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--silent"], TimeSpan.FromMinutes(10), cancellationToken);
            Assert.True(exitCode == 0, $"npm ci for hyparquet failed: {error}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static Task<ProcessRunResult> RunAsync(string program, IEnumerable<string> arguments, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = JsDirectory };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return ProcessRunner.RunAsync(info, deadline, cancellationToken);
    }
}
