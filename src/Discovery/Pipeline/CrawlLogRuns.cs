using Discovery.CrawlLog;

namespace Discovery.Cli.Pipeline;

/// <summary>Starts a crawl-log run for scan, collect, crawl and run alike: a new run id on the command's clock.</summary>
internal static class CrawlLogRuns
{
    /// <summary>A writer for a new run of <paramref name="kind"/> under <paramref name="logDirectory"/>.</summary>
    public static CrawlLogWriter Create(string logDirectory, string kind, TimeProvider time, string? description)
    {
        ArgumentNullException.ThrowIfNull(time);
        return CrawlLogWriter.Create(
            logDirectory,
            CrawlRunId.New(time),
            kind,
            options: new CrawlLogWriterOptions { TimeProvider = time, Description = description });
    }

    /// <summary>
    /// Starts a run and says so on stderr (<c>run ID: log in DIR</c>); null when <paramref name="logDirectory"/> is
    /// null (<c>--no-log</c>).
    /// </summary>
    public static async Task<CrawlLogWriter?> StartAsync(
        CliContext context, string? logDirectory, string kind, string description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (logDirectory is null)
        {
            return null;
        }

        var writer = Create(logDirectory, kind, context.TimeProvider, description);
        await context.Error.WriteLineAsync($"run {writer.RunId}: log in {writer.LogDirectory}".AsMemory(), cancellationToken);
        return writer;
    }
}
