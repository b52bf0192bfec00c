namespace Discovery.CrawlLog;

/// <summary>A crawl-log table: its name (also its folder under the log directory) and its columns.</summary>
internal sealed record CrawlLogTable(string Name, IReadOnlyList<CrawlLogColumn> Columns)
{
    /// <summary>DDL for the writer's staging table.</summary>
    public string CreateStagingSql => $"CREATE TABLE {Name} ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.StagingType}"))})";

    /// <summary>DDL for an empty table shaped like the files (plus the hive <c>date</c> column).</summary>
    public string CreateEmptySql => $"CREATE TABLE {Name} ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.FileType}"))}, date DATE)";

    /// <summary>The SELECT list that converts staged rows to the file's shape.</summary>
    public string Projection => string.Join(", ", Columns.Select(c => c.Projection));
}
