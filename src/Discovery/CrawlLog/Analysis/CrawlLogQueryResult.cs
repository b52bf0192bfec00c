namespace Discovery.CrawlLog.Analysis;

/// <summary>The rows of a query over the crawl log.</summary>
internal sealed record CrawlLogQueryResult
{
    /// <summary>Column names, in order.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>Column types as DuckDB.NET names them (<c>Varchar</c>, <c>BigInt</c>...), in order, after any cast the query layer added for undecodable types.</summary>
    public required IReadOnlyList<string> Types { get; init; }

    /// <summary>
    /// Rows; each value is null, string, bool, int, long, Int128, double, DateTime (UTC) or byte[].
    /// LIST, STRUCT, MAP, UUID and similar come back as DuckDB's text form; DECIMAL as double.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<object?>> Rows { get; init; }
}
