namespace Discovery.Pipeline;

/// <summary>Which stored run to re-map, and with which id map.</summary>
/// <param name="LogDirectory">The crawl log.</param>
/// <param name="RunId">The run (see <c>discover logs runs</c>).</param>
/// <param name="IdMapPath">The id map the live collect used, so the xnames match; null for derived ones.</param>
internal sealed record ReplayJobRequest(string LogDirectory, string RunId, string? IdMapPath);
