namespace Discovery.Records.Columns;

/// <summary>Which tables carry a record column: most are in both the store and the crawl log.</summary>
[Flags]
internal enum ColumnPlacement
{
    /// <summary>A column of the store's table for the record.</summary>
    Store = 1,

    /// <summary>A column of the crawl log's table for the record.</summary>
    CrawlLog = 2,

    /// <summary>Both.</summary>
    Both = Store | CrawlLog,
}
