using System.Text;

namespace Discovery.Store.DuckDb;

internal sealed unsafe partial class DuckDbDataReader
{
    private static readonly DateTime Epoch = DateTime.UnixEpoch;

    /// <summary>A VARCHAR (or ENUM-free text) value; null when the value is NULL.</summary>
    public string? GetString(int ordinal)
    {
        if (IsNull(ordinal))
        {
            return null;
        }

        RequireType(ordinal, DuckDbType.Varchar);
        var span = StringBytes(Cell<DuckDbStringStruct>(ordinal));
        return Encoding.UTF8.GetString(span);
    }

    /// <summary>A BLOB value; null when the value is NULL.</summary>
    public byte[]? GetBytes(int ordinal)
    {
        if (IsNull(ordinal))
        {
            return null;
        }

        RequireType(ordinal, DuckDbType.Blob);
        return StringBytes(Cell<DuckDbStringStruct>(ordinal)).ToArray();
    }

    /// <summary>A BOOLEAN value.</summary>
    public bool GetBoolean(int ordinal)
    {
        RequireType(ordinal, DuckDbType.Boolean);
        return *Cell<byte>(ordinal) != 0;
    }

    /// <summary>An integer value of TINYINT, SMALLINT, INTEGER, UTINYINT or USMALLINT.</summary>
    public int GetInt32(int ordinal) => _types[ordinal] switch
    {
        DuckDbType.TinyInt => *Cell<sbyte>(ordinal),
        DuckDbType.SmallInt => *Cell<short>(ordinal),
        DuckDbType.Integer => *Cell<int>(ordinal),
        DuckDbType.UTinyInt => *Cell<byte>(ordinal),
        DuckDbType.USmallInt => *Cell<ushort>(ordinal),
        _ => throw WrongType(ordinal, "int"),
    };

    /// <summary>An integer value of any type up to BIGINT / UINTEGER (and HUGEINT/UBIGINT when in range).</summary>
    public long GetInt64(int ordinal) => _types[ordinal] switch
    {
        DuckDbType.BigInt => *Cell<long>(ordinal),
        DuckDbType.UInteger => *Cell<uint>(ordinal),
        DuckDbType.UBigInt => checked((long)*Cell<ulong>(ordinal)),
        DuckDbType.HugeInt => checked((long)GetInt128(ordinal)),
        _ => GetInt32(ordinal),
    };

    /// <summary>A HUGEINT value (what SUM over BIGINT returns), or any narrower integer.</summary>
    public Int128 GetInt128(int ordinal)
    {
        if (_types[ordinal] != DuckDbType.HugeInt)
        {
            return GetInt64(ordinal);
        }

        // duckdb_hugeint is {uint64 lower; int64 upper}: the same little-endian layout as System.Int128.
        return *Cell<Int128>(ordinal);
    }

    /// <summary>A UUID value.</summary>
    public Guid GetGuid(int ordinal)
    {
        RequireType(ordinal, DuckDbType.Uuid);
        // duckdb.h stores a UUID as a hugeint whose upper half is the first eight bytes (big-endian) with the top
        // bit flipped (so UUIDs sort as unsigned), and whose lower half is the last eight bytes.
        var value = *Cell<Int128>(ordinal);
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes, (ulong)(value >> 64) ^ 0x8000000000000000UL);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], (ulong)value);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A FLOAT or DOUBLE value, or an integer widened to double.</summary>
    public double GetDouble(int ordinal) => _types[ordinal] switch
    {
        DuckDbType.Double => *Cell<double>(ordinal),
        DuckDbType.Float => *Cell<float>(ordinal),
        _ => GetInt64(ordinal),
    };

    /// <summary>A TIMESTAMP (any precision), TIMESTAMPTZ or DATE value as a UTC <see cref="DateTime"/>.</summary>
    public DateTime GetDateTime(int ordinal) => _types[ordinal] switch
    {
        DuckDbType.Timestamp or DuckDbType.TimestampTz => Epoch.AddTicks(*Cell<long>(ordinal) * 10),
        DuckDbType.TimestampMs => Epoch.AddTicks(*Cell<long>(ordinal) * TimeSpan.TicksPerMillisecond),
        DuckDbType.TimestampS => Epoch.AddTicks(*Cell<long>(ordinal) * TimeSpan.TicksPerSecond),
        DuckDbType.TimestampNs => Epoch.AddTicks(*Cell<long>(ordinal) / 100),
        DuckDbType.Date => Epoch.AddDays(*Cell<int>(ordinal)),
        _ => throw WrongType(ordinal, "DateTime"),
    };

    /// <summary>
    /// The value as a CLR object: null, string, bool, int, long, Int128, double, DateTime, Guid or byte[].
    /// </summary>
    /// <exception cref="NotSupportedException">The column's type has no decoder here (LIST, STRUCT, DECIMAL...): cast it in SQL.</exception>
    public object? GetValue(int ordinal)
    {
        if (IsNull(ordinal))
        {
            return null;
        }

        return _types[ordinal] switch
        {
            DuckDbType.Varchar => GetString(ordinal),
            DuckDbType.Blob => GetBytes(ordinal),
            DuckDbType.Boolean => GetBoolean(ordinal),
            DuckDbType.TinyInt or DuckDbType.SmallInt or DuckDbType.Integer or DuckDbType.UTinyInt or DuckDbType.USmallInt => GetInt32(ordinal),
            DuckDbType.BigInt or DuckDbType.UInteger or DuckDbType.UBigInt => GetInt64(ordinal),
            DuckDbType.HugeInt => GetInt128(ordinal),
            DuckDbType.Uuid => GetGuid(ordinal),
            DuckDbType.Float or DuckDbType.Double => GetDouble(ordinal),
            DuckDbType.Timestamp or DuckDbType.TimestampTz or DuckDbType.TimestampMs or DuckDbType.TimestampS
                or DuckDbType.TimestampNs or DuckDbType.Date => GetDateTime(ordinal),
            _ => throw new NotSupportedException($"Column '{_names[ordinal]}' has type {_types[ordinal]}, which the reader does not decode; cast it in SQL."),
        };
    }

    /// <summary>Whether <see cref="GetValue"/> can decode values of <paramref name="type"/>.</summary>
    public static bool CanDecode(DuckDbType type) => type is DuckDbType.Varchar or DuckDbType.Blob or DuckDbType.Boolean
        or DuckDbType.TinyInt or DuckDbType.SmallInt or DuckDbType.Integer or DuckDbType.UTinyInt or DuckDbType.USmallInt
        or DuckDbType.BigInt or DuckDbType.UInteger or DuckDbType.UBigInt or DuckDbType.HugeInt or DuckDbType.Float
        or DuckDbType.Double or DuckDbType.Timestamp or DuckDbType.TimestampTz or DuckDbType.TimestampMs
        or DuckDbType.TimestampS or DuckDbType.TimestampNs or DuckDbType.Date or DuckDbType.Uuid;

    private static ReadOnlySpan<byte> StringBytes(DuckDbStringStruct* value)
    {
        // duckdb_string_t: uint32 length, then either 12 inlined bytes (length <= 12) or a 4-byte prefix + pointer.
        var length = (int)value->Length;
        return length <= DuckDbStringStruct.InlineLength
            ? new ReadOnlySpan<byte>(value->Inlined, length)
            : new ReadOnlySpan<byte>((void*)value->Pointer, length);
    }

    private void RequireType(int ordinal, DuckDbType expected)
    {
        if (_types[ordinal] != expected)
        {
            throw WrongType(ordinal, expected.ToString());
        }
    }

    private InvalidCastException WrongType(int ordinal, string wanted) =>
        new($"Column '{_names[ordinal]}' has type {_types[ordinal]}, not {wanted}.");
}
