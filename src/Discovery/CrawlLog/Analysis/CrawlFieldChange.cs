namespace Discovery.CrawlLog.Analysis;

/// <summary>One field that differs between two runs, as DuckDB's text form of each value (null when NULL).</summary>
internal sealed record CrawlFieldChange(string Field, string? Before, string? After);
