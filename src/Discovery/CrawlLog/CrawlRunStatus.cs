namespace Discovery.CrawlLog;

/// <summary>How a run ended, as stored in the <c>runs</c> table.</summary>
internal enum CrawlRunStatus
{
    /// <summary>The run finished (individual BMCs may still have failed: see their rows).</summary>
    Complete,

    /// <summary>The run stopped early (cancelled, or the writer was disposed without completing).</summary>
    Partial,
}
