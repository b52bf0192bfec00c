namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// One run as the web view lists it (<c>GET /runs</c>): the run, how each BMC's crawl ended in it, and how many BMCs,
/// nodes, NICs and parts its change report names (null for a scan, or a run that never finished).
/// </summary>
internal sealed record CrawlRunOverview
{
    public required CrawlRunInfo Run { get; init; }

    /// <summary>BMCs per crawl outcome in this run (see <see cref="CrawlLogQuery.BmcStatusesAsync"/>).</summary>
    public required IReadOnlyDictionary<string, long> BmcStatus { get; init; }

    /// <summary>Changes by kind, as <c>bmc added</c> to count (<see cref="CrawlChangeReport.Counts"/>); null without a report.</summary>
    public IReadOnlyDictionary<string, int>? Changes { get; init; }

    /// <summary>All changes of the run's report; null without a report.</summary>
    public int? ChangeCount { get; init; }
}

/// <summary>A page of runs, newest first, and where they were read.</summary>
internal sealed record CrawlRunListing
{
    /// <summary>
    /// Whether serve has a crawl log (<c>--log-dir</c>). Its path is not shown: these views need no token, and a server's
    /// folders (a home directory's user name, say) are nothing an anonymous reader needs.
    /// </summary>
    public bool LogConfigured { get; init; }

    /// <summary>Runs in the log.</summary>
    public required int Total { get; init; }

    public required int Offset { get; init; }

    /// <summary>This page's runs, newest first.</summary>
    public required IReadOnlyList<CrawlRunOverview> Items { get; init; }
}

/// <summary>One run with its change report (<c>GET /runs/{id}</c>).</summary>
internal sealed record CrawlRunDetail
{
    public required CrawlRunOverview Overview { get; init; }

    /// <summary>What changed compared with the runs of the same kind before it; null for a scan or an unfinished run.</summary>
    public CrawlChangeReport? Report { get; init; }

    /// <summary>The report as lines (an entity added or removed, or one changed field), BMCs first.</summary>
    public IReadOnlyList<CrawlDiffLine> Lines { get; init; } = [];
}
