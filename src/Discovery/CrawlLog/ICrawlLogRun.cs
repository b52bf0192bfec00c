namespace Discovery.CrawlLog;

/// <summary>
/// A crawl-log run being written, as a job that logs probes sees it: the full <see cref="CrawlLogWriter"/>, or the
/// DuckDB-free <see cref="ScanRunWriter"/> of a plain scan.
/// </summary>
internal interface ICrawlLogRun : IAsyncDisposable
{
    /// <summary>The run being written.</summary>
    string RunId { get; }

    /// <summary>The log directory (the root of the hive-partitioned tables).</summary>
    string LogDirectory { get; }

    /// <summary>Adds one probe result to <c>scans</c>.</summary>
    void AddScan(ScanLogRow row);

    /// <summary>Writes the remaining rows and the run's <c>runs</c> row; the writer is finished afterwards.</summary>
    Task<CrawlLogRunSummary> CompleteAsync(CrawlRunStatus status, CancellationToken cancellationToken);

    /// <summary>Stops the run without writing anything more: complete files stay, no <c>runs</c> row; later adds throw.</summary>
    void Abandon();
}
