namespace Discovery.Records.Columns;

/// <summary>
/// The kind of value a record column holds. Each kind has one CLR form (what <see cref="RecordColumn{T}"/> gets and
/// sets) and one SQL type in the store (see <c>Store.DuckDb.ColumnTypes</c>).
/// </summary>
internal enum ColumnType
{
    /// <summary><see cref="string"/>; VARCHAR.</summary>
    Text,

    /// <summary><see cref="System.Guid"/>; UUID in the store, its text form in the crawl log.</summary>
    Uuid,

    /// <summary><see cref="int"/>; INTEGER.</summary>
    Int32,

    /// <summary><see cref="long"/>; BIGINT.</summary>
    Int64,

    /// <summary><see cref="double"/>; DOUBLE.</summary>
    Double,

    /// <summary><see cref="bool"/>; BOOLEAN.</summary>
    Boolean,

    /// <summary><see cref="DateTimeOffset"/> in UTC; TIMESTAMP (microseconds, no zone).</summary>
    Timestamp,

    /// <summary><see cref="IReadOnlyList{T}"/> of strings; VARCHAR[].</summary>
    TextList,

    /// <summary><see cref="IReadOnlyDictionary{TKey, TValue}"/> of strings; MAP(VARCHAR, VARCHAR).</summary>
    TextMap,
}
