namespace Discovery.CrawlLog;

/// <summary>A crawl-log table: its name (also its folder under the log directory) and its columns, in file order.</summary>
internal abstract class CrawlLogTable
{
    protected CrawlLogTable(string name, IReadOnlyList<CrawlLogColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<CrawlLogColumn> Columns { get; }

    /// <summary>DDL for a writer's staging table named <paramref name="table"/> (the file's shape).</summary>
    public string CreateStagingSql(string table) => $"CREATE TABLE {table} ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.FileType}"))})";

    /// <summary>DDL for an empty table shaped like the files (plus the hive <c>date</c> column).</summary>
    public string CreateEmptySql => $"CREATE TABLE {Name} ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.FileType}"))}, date DATE)";
}
