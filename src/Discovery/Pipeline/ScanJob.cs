using Discovery.Scanning;
using Microsoft.Extensions.Logging;
using Discovery.CrawlLog;

namespace Discovery.Pipeline;

/// <summary>
/// The entry point of <c>discover scan</c>: probes the targets without credentials, writes every probe to the crawl
/// log (kind <c>scan</c>) and keeps the BMCs found as the last scan. A log that cannot be written (a full disk) is
/// reported in the result; the BMCs found are still returned and kept.
/// </summary>
internal sealed partial class ScanJob
{
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger<ScanJob> _logger;

    /// <summary>Creates the job over its dependencies.</summary>
    public ScanJob(TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _time = time;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<ScanJob>();
    }

    public async Task<ScanJobResult> RunAsync(ScanJobRequest request, IJobProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress ??= NoProgress.Instance;
        var started = _time.GetTimestamp();
        LogScanStarting(_logger, request.Scan.Targets.Count, request.Scan.Ports.Count, request.Scan.Concurrency);
        ScanReport report;
        string? runId = null;
        string? logFailure = null;
        await using (var logging = request.LogDirectory is { } directory
            ? ScanLogging.Start(directory, _time, "scan of " + string.Join(' ', request.TargetTexts), progress, _loggerFactory.CreateLogger<CrawlLogWriter>())
            : null)
        {
            report = await ScanStep.ScanAsync(request.Scan, logging, progress, _time, _loggerFactory, cancellationToken);
            if (logging is not null)
            {
                runId = logging.RunId;
                await logging.CompleteAsync(cancellationToken);
                logFailure = logging.Failure;
            }
        }

        var elapsed = _time.GetElapsedTime(started);
        LogScanDone(_logger, report.ProbeCount, report.Bmcs.Count, elapsed.TotalSeconds);
        string? saveFailure = null;
        try
        {
            await ScanStep.SaveAsync(request.StateDirectory, request.TargetTexts, report, _time, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            saveFailure = $"cannot save the scan under {request.StateDirectory}: {ex.Message}";
        }

        return new ScanJobResult { Report = report, AddressCount = request.Scan.Targets.Count, RunId = runId, LogFailure = logFailure, Elapsed = elapsed, SaveFailure = saveFailure };
    }
}
