namespace Discovery.Store.DuckDb;

/// <summary>DuckDB's logical type ids (<c>duckdb_type</c> in duckdb.h).</summary>
internal enum DuckDbType
{
    /// <summary>No or unknown type.</summary>
    Invalid = 0,
    /// <summary>BOOLEAN.</summary>
    Boolean = 1,
    /// <summary>TINYINT (int8).</summary>
    TinyInt = 2,
    /// <summary>SMALLINT (int16).</summary>
    SmallInt = 3,
    /// <summary>INTEGER (int32).</summary>
    Integer = 4,
    /// <summary>BIGINT (int64).</summary>
    BigInt = 5,
    /// <summary>UTINYINT (uint8).</summary>
    UTinyInt = 6,
    /// <summary>USMALLINT (uint16).</summary>
    USmallInt = 7,
    /// <summary>UINTEGER (uint32).</summary>
    UInteger = 8,
    /// <summary>UBIGINT (uint64).</summary>
    UBigInt = 9,
    /// <summary>FLOAT (single precision).</summary>
    Float = 10,
    /// <summary>DOUBLE.</summary>
    Double = 11,
    /// <summary>TIMESTAMP, microseconds since the epoch, no time zone.</summary>
    Timestamp = 12,
    /// <summary>DATE, days since the epoch.</summary>
    Date = 13,
    /// <summary>TIME.</summary>
    Time = 14,
    /// <summary>INTERVAL.</summary>
    Interval = 15,
    /// <summary>HUGEINT (int128).</summary>
    HugeInt = 16,
    /// <summary>VARCHAR.</summary>
    Varchar = 17,
    /// <summary>BLOB.</summary>
    Blob = 18,
    /// <summary>DECIMAL.</summary>
    Decimal = 19,
    /// <summary>TIMESTAMP_S.</summary>
    TimestampS = 20,
    /// <summary>TIMESTAMP_MS.</summary>
    TimestampMs = 21,
    /// <summary>TIMESTAMP_NS.</summary>
    TimestampNs = 22,
    /// <summary>ENUM.</summary>
    Enum = 23,
    /// <summary>LIST.</summary>
    List = 24,
    /// <summary>STRUCT.</summary>
    Struct = 25,
    /// <summary>MAP.</summary>
    Map = 26,
    /// <summary>UUID.</summary>
    Uuid = 27,
    /// <summary>UNION.</summary>
    Union = 28,
    /// <summary>BIT.</summary>
    Bit = 29,
    /// <summary>TIME WITH TIME ZONE.</summary>
    TimeTz = 30,
    /// <summary>TIMESTAMP WITH TIME ZONE, microseconds since the epoch (UTC).</summary>
    TimestampTz = 31,
    /// <summary>UHUGEINT (uint128).</summary>
    UHugeInt = 32,
    /// <summary>ARRAY (fixed size).</summary>
    Array = 33,
}
