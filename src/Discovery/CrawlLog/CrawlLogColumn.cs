using Discovery.Records.Columns;
using Discovery.Store.DuckDb;

namespace Discovery.CrawlLog;

/// <summary>
/// A column of a crawl-log table. Ids are written as their text (VARCHAR), so readers of the Parquet files need no
/// UUID support; everything else has its store type (lists are Parquet <c>LIST&lt;VARCHAR&gt;</c>).
/// </summary>
internal sealed record CrawlLogColumn(string Name, ColumnType Type)
{
    /// <summary>The type in the Parquet file, the writer's staging table and the query views.</summary>
    public string FileType => Type == ColumnType.Uuid ? "VARCHAR" : ColumnTypes.Sql(Type);
}
