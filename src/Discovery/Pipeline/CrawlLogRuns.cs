using Discovery.CrawlLog;

namespace Discovery.Pipeline;

/// <summary>Starts a crawl-log run for scan, collect, crawl and run alike: a new run id on the job's clock.</summary>
internal static class CrawlLogRuns
{
    /// <summary>A writer for a new run of <paramref name="kind"/> under <paramref name="logDirectory"/>, announced to <paramref name="progress"/>.</summary>
    public static CrawlLogWriter Create(string logDirectory, string kind, TimeProvider time, string? description, IJobProgress progress)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(progress);
        var writer = CrawlLogWriter.Create(
            logDirectory,
            CrawlRunId.New(time),
            kind,
            options: new CrawlLogWriterOptions { TimeProvider = time, Description = description });
        progress.LogStarted(writer.RunId, writer.LogDirectory);
        return writer;
    }
}
