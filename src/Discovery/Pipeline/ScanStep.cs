using Discovery.Scanning;
using Discovery.Scanning.State;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// The scan of <c>discover scan</c> and of each <c>discover run</c> pass: every probe to the progress and to the crawl
/// log, then the BMCs found kept as the last scan, so <c>discover collect</c> with no targets reaches them.
/// </summary>
internal static class ScanStep
{
    /// <summary>Probes <paramref name="scan"/>'s targets, each finished probe reported and logged when there is a log.</summary>
    public static Task<ScanReport> ScanAsync(
        ScanRequest scan, ScanLogging? logging, IJobProgress progress, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        new Scanner(time, loggers.CreateLogger<Scanner>()).RunAsync(
            scan,
            (result, _) =>
            {
                progress.Probed(result);
                logging?.Add(result);
                return ValueTask.CompletedTask;
            },
            cancellationToken);

    /// <summary>Keeps <paramref name="report"/>'s BMCs as the last scan of <paramref name="targets"/> in <paramref name="stateDirectory"/>.</summary>
    public static Task SaveAsync(
        string stateDirectory, IReadOnlyList<string> targets, ScanReport report, TimeProvider time, CancellationToken cancellationToken) =>
        LastScanStore.SaveAsync(
            stateDirectory,
            new LastScan { ScannedAt = time.GetUtcNow(), Targets = targets, Bmcs = report.Bmcs },
            cancellationToken);
}
