namespace Discovery.Storage.CrawlLog;

/// <summary>Settings of a <see cref="CrawlLogWriter"/>.</summary>
public sealed record CrawlLogWriterOptions
{
    /// <summary>
    /// Rows a table holds in memory before they go to a part file (<c>&lt;run_id&gt;-0001.parquet</c>).
    /// Default 100,000: about 150-250 MB of staged <c>responses</c> with 1-2 KB bodies.
    /// </summary>
    public int RowsPerPart { get; init; } = 100_000;

    /// <summary>Clock for the run's start and end times and its date partition. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Free text stored in the <c>runs</c> row (targets, command line without secrets).</summary>
    public string? Description { get; init; }

    /// <summary>DuckDB threads for compressing part files; null lets DuckDB decide.</summary>
    public int? Threads { get; init; }
}
