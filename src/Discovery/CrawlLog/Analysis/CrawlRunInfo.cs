namespace Discovery.CrawlLog.Analysis;

/// <summary>One run in the crawl log, as <c>logs runs</c> lists it.</summary>
internal sealed record CrawlRunInfo
{
    /// <summary>The run id.</summary>
    public required string RunId { get; init; }

    /// <summary><c>scan</c> or <c>collect</c>; null for an incomplete run (no <c>runs</c> row).</summary>
    public string? Kind { get; init; }

    /// <summary>Start time (UTC); for an incomplete run, its first logged row.</summary>
    public DateTime? StartedAt { get; init; }

    /// <summary>End time (UTC); for an incomplete run, its last logged row.</summary>
    public DateTime? EndedAt { get; init; }

    /// <summary><c>complete</c>, <c>partial</c> (stopped early), or <c>incomplete</c> (no <c>runs</c> row yet: still running, or killed).</summary>
    public required string Status { get; init; }

    /// <summary>Rows in <c>scans</c>.</summary>
    public long Scans { get; init; }

    /// <summary>Rows in <c>responses</c>.</summary>
    public long Responses { get; init; }

    /// <summary>Rows in <c>nodes</c>.</summary>
    public long Nodes { get; init; }

    /// <summary>Rows in <c>bmcs</c>.</summary>
    public long Bmcs { get; init; }

    /// <summary>Rows in <c>nics</c>.</summary>
    public long Nics { get; init; }

    /// <summary>The run's description, if the writer was given one.</summary>
    public string? Description { get; init; }
}
