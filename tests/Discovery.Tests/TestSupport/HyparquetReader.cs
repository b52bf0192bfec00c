using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

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
        var (exitCode, output, error) = await ChildProcess.RunAsync(
            "node", [Path.Combine(JsDirectory, "read-parquet.mjs"), parquetFile], JsDirectory, cancellationToken);
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

            var (exitCode, _, error) = await ChildProcess.RunAsync(
                "npm", ["ci", "--no-audit", "--no-fund", "--silent"], JsDirectory, cancellationToken);
            Assert.True(exitCode == 0, $"npm ci for hyparquet failed: {error}");
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
