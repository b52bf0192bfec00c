using Discovery.CrawlLog.Analysis;
using Discovery.CrawlLog;
using Discovery.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>Starts a crawl-log run for scan, collect, crawl and run alike: a new run id on the job's clock.</summary>
internal static class CrawlLogRuns
{
    /// <summary>A writer for a new run of <paramref name="kind"/> under <paramref name="logDirectory"/>, announced to <paramref name="progress"/>.</summary>
    public static CrawlLogWriter Create(
        string logDirectory, string kind, TimeProvider time, string? description, IJobProgress progress, ILogger? logger = null, int? threads = null, int? rowsPerPart = null)
    {
        var writer = CrawlLogWriter.Create(
            logDirectory, CrawlRunId.New(time), kind, options: Options(time, progress, description, logger, rowsPerPart) with { Threads = threads });
        progress.LogStarted(writer.RunId, writer.LogDirectory);
        return writer;
    }

    /// <summary>A new run of a plain scan, which logs only probes and so is written without DuckDB (<see cref="ScanRunWriter"/>).</summary>
    public static ScanRunWriter CreateScanRun(
        string logDirectory, TimeProvider time, string? description, IJobProgress progress, ILogger? logger, int rowsPerPart)
    {
        var writer = ScanRunWriter.Create(logDirectory, CrawlRunId.New(time), "scan", Options(time, progress, description, logger, rowsPerPart));
        progress.LogStarted(writer.RunId, writer.LogDirectory);
        return writer;
    }

    private static CrawlLogWriterOptions Options(TimeProvider time, IJobProgress progress, string? description, ILogger? logger, int? rowsPerPart)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(progress);
        return new CrawlLogWriterOptions { TimeProvider = time, Description = description, Logger = logger ?? NullLogger.Instance, RowsPerPart = rowsPerPart ?? new CrawlLogWriterOptions().RowsPerPart };
    }

    /// <summary>Refuses a run id that is not in the log, before anything reads it.</summary>
    /// <exception cref="PipelineInputException">A run is not in the log.</exception>
    public static async Task RequireAsync(CrawlLogQuery query, IEnumerable<string> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var known = (await query.ListRunsAsync(cancellationToken)).Select(r => r.RunId).ToHashSet(StringComparer.Ordinal);
        if (runIds.FirstOrDefault(r => !known.Contains(r)) is { } missing)
        {
            throw new PipelineInputException($"no run {QuotedValue.Of(missing)} in the crawl log (see 'discover logs runs')");
        }
    }
}
