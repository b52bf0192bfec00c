using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.CrawlLog;

/// <summary>Settings of a <see cref="CrawlLogWriter"/>.</summary>
internal sealed record CrawlLogWriterOptions
{
    /// <summary>
    /// Rows a table holds in memory before they go to a part file (<c>&lt;run_id&gt;-0001.parquet</c>).
    /// Default 50,000. One part fills while the previous one is copied, so memory follows the part, not a run's rows;
    /// with 1 KB bodies <see cref="CharsPerPart"/> cuts a part first (scripts/bench-crawl-log.sh, load about 20: peak
    /// working set 291 MB writing 250,000 rows, 334 MB writing 1,000,000; 500-620 MB with parts of 50,000 rows).
    /// </summary>
    public int RowsPerPart { get; init; } = 50_000;

    /// <summary>
    /// Characters of response bodies (and errors) a part holds at most, whatever its rows: memory follows a part's
    /// bytes, not its rows, and bodies are most of them. Default 16 Mi (about 16,000 rows of 1 KB bodies).
    /// </summary>
    public long CharsPerPart { get; init; } = 16L << 20;

    /// <summary>Clock for the run's start and end times and its date partition. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Free text stored in the <c>runs</c> row (targets, command line without secrets).</summary>
    public string? Description { get; init; }

    /// <summary>
    /// DuckDB threads of the writer's in-memory database; null means one. A part (one row group) is copied by one
    /// thread anyway, and with more DuckDB keeps the copying thread polling for tasks its workers run: on 2 cores
    /// scripts/bench-crawl-log.sh spent about 1 µs more CPU per row (a 50,000-row COPY: 2.1 µs per row with one
    /// thread, 3.1 with two). The parallelism is the writer's own: redaction, appending and copying run on three threads.
    /// </summary>
    public int? Threads { get; init; }

    /// <summary>Where the writer logs the run's start, end and failures; default: nowhere.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>The <c>runs</c> row of a run ending now (row counts left for the writer to add).</summary>
    internal Analysis.CrawlRunInfo EndedRun(string runId, string kind, DateTimeOffset startedAt, CrawlRunStatus status) => new()
    {
        RunId = runId,
        Kind = kind,
        StartedAt = startedAt.UtcDateTime,
        EndedAt = TimeProvider.GetUtcNow().UtcDateTime,
        Status = status == CrawlRunStatus.Complete ? "complete" : "partial",
        Description = Description,
    };
}
