namespace Discovery.CrawlLog;

/// <summary>
/// A column of a crawl-log table. Lists are staged as JSON text (the appender has no LIST path) and become
/// Parquet <c>LIST&lt;VARCHAR&gt;</c> through <c>from_json</c> when the file is written.
/// </summary>
internal sealed record CrawlLogColumn(string Name, string Type, bool IsStringList = false)
{
    /// <summary>The type in the Parquet file (and in the query views).</summary>
    public string FileType => IsStringList ? "VARCHAR[]" : Type;

    /// <summary>The type while staged in the writer's in-memory table.</summary>
    public string StagingType => IsStringList ? "VARCHAR" : Type;

    /// <summary>The expression that turns the staged value into the file's value.</summary>
    public string Projection => IsStringList ? $"from_json({Name}, '[\"VARCHAR\"]') AS {Name}" : Name;
}
