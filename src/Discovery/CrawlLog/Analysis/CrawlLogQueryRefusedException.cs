namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// SQL that <c>logs query</c> will not run: a statement that is not a query (COPY, ATTACH, INSTALL, SET, ...), or a
/// query that reaches a file outside the crawl log folder. The message says which and why; nothing was run or written.
/// </summary>
internal sealed class CrawlLogQueryRefusedException : Exception
{
    /// <summary>Creates the exception with a message naming the statement kind or the path.</summary>
    public CrawlLogQueryRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and DuckDB's error.</summary>
    public CrawlLogQueryRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CrawlLogQueryRefusedException()
        : base("refused: the crawl log is read-only")
    {
    }
}
