namespace Discovery.CrawlLog;

/// <summary>Event ids of the crawl log's messages (6000-6099), so a filter or an alert can name them.</summary>
internal static class CrawlLogEventIds
{
    /// <summary>A run began writing.</summary>
    public const int RunStarted = 6000;

    /// <summary>A run's files are complete.</summary>
    public const int RunCompleted = 6001;

    /// <summary>A run's files could not be written (disk full, I/O).</summary>
    public const int RunFailed = 6002;

    /// <summary>Retention removed old partitions.</summary>
    public const int PartitionsRemoved = 6010;
}
