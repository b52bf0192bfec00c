namespace Discovery.CrawlLog;

/// <summary>What a <see cref="CrawlLogWriter"/> wrote for one run.</summary>
internal sealed record CrawlLogRunSummary
{
    /// <summary>The run id.</summary>
    public required string RunId { get; init; }

    /// <summary>How the run ended.</summary>
    public required CrawlRunStatus Status { get; init; }

    /// <summary>Rows written per table (<c>scans</c>, <c>responses</c>, <c>nodes</c>, <c>bmcs</c>, <c>nics</c>).</summary>
    public required IReadOnlyDictionary<string, long> RowCounts { get; init; }

    /// <summary>Every Parquet file written, full paths.</summary>
    public required IReadOnlyList<string> Files { get; init; }
}
