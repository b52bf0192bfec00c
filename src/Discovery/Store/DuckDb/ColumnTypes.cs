using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Discovery.Records.Columns;
using DuckDB.NET.Data;

namespace Discovery.Store.DuckDb;

/// <summary>
/// How each <see cref="ColumnType"/> is spelled in DuckDB SQL, bound as a parameter, appended, and read back from a
/// DuckDB.NET reader. Reading is lenient about the stored type (a UUID may be UUID or its text, an integer any
/// width) so that crawl-log files written by older versions read the same.
/// </summary>
internal static class ColumnTypes
{
    /// <summary>The DuckDB type of a column of <paramref name="type"/>.</summary>
    public static string Sql(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR",
        ColumnType.Uuid => "UUID",
        ColumnType.Int32 => "INTEGER",
        ColumnType.Int64 => "BIGINT",
        ColumnType.Double => "DOUBLE",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Timestamp => "TIMESTAMP",
        ColumnType.TextList => "VARCHAR[]",
        ColumnType.TextMap => "MAP(VARCHAR, VARCHAR)",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// A record value in the form DuckDB.NET binds and appends: instants as UTC <see cref="DateTime"/> (TIMESTAMP has
    /// no zone), lists as <see cref="List{T}"/>. Maps stay maps: bind them through <see cref="MapKeys"/>/<see cref="MapValues"/>.
    /// </summary>
    public static object? ToDuckDb(object? value) => value switch
    {
        DateTimeOffset instant => instant.UtcDateTime,
        IReadOnlyList<string> list => list as List<string> ?? [.. list],
        _ => value,
    };

    /// <summary>The keys of a map value, for <c>map(?, ?)</c>.</summary>
    public static List<string> MapKeys(object? value) => value is IReadOnlyDictionary<string, string> map ? [.. map.Keys] : [];

    /// <summary>The values of a map value, in the order of <see cref="MapKeys"/>.</summary>
    public static List<string> MapValues(object? value) => value is IReadOnlyDictionary<string, string> map ? [.. map.Values] : [];

    /// <summary>Appends one value (in <see cref="ToDuckDb"/> form, or null) to the row being built.</summary>
    public static IDuckDBAppenderRow Append(IDuckDBAppenderRow row, object? value) => value switch
    {
        null => row.AppendNullValue(),
        string text => AppendText(row, text),
        Guid guid => row.AppendValue(guid),
        int number => row.AppendValue(number),
        long number => row.AppendValue(number),
        double number => row.AppendValue(number),
        bool flag => row.AppendValue(flag),
        DateTime instant => row.AppendValue(instant),
        List<string> list => row.AppendValue(list),
        _ => throw new NotSupportedException($"no appender path for {value.GetType().Name}"),
    };

    /// <summary>
    /// Appends text as UTF-8 from a pooled buffer: DuckDB.NET's string overload allocates native memory for every
    /// value, which showed as a 10-20% slower crawl log (bodies of 1-2 KB on every row). The bytes go into the VARCHAR
    /// vector as they are; Encoding.UTF8 always produces valid UTF-8 (a lone surrogate becomes U+FFFD).
    /// </summary>
    private static IDuckDBAppenderRow AppendText(IDuckDBAppenderRow row, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            return row.AppendValue(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The value of column <paramref name="ordinal"/> in the CLR form of <paramref name="type"/>, or null.</summary>
    public static object? Read(DbDataReader reader, int ordinal, ColumnType type)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var value = reader.GetValue(ordinal);
        return type switch
        {
            ColumnType.Text => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture),
            ColumnType.Uuid => value is Guid guid ? guid : Guid.Parse((string)value),
            ColumnType.Int32 => Convert.ToInt32(value, CultureInfo.InvariantCulture),
            ColumnType.Int64 => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            ColumnType.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            ColumnType.Boolean => (bool)value,
            ColumnType.Timestamp => new DateTimeOffset(DateTime.SpecifyKind((DateTime)value, DateTimeKind.Utc)),
            ColumnType.TextList => ((System.Collections.IEnumerable)value).Cast<string>().ToList(),
            ColumnType.TextMap => new Dictionary<string, string>((IEnumerable<KeyValuePair<string, string>>)value, StringComparer.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }
}
