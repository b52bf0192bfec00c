using Discovery.Store.DuckDb;

namespace Discovery.Store.DuckDb.Tests;

public sealed class DuckDbConnectionTests : IDisposable
{
    private readonly DuckDbDatabase _database = DuckDbDatabase.Open(null);
    private readonly DuckDbConnection _connection;

    public DuckDbConnectionTests()
    {
        _connection = _database.Connect();
    }

    public void Dispose()
    {
        _connection.Dispose();
        _database.Dispose();
    }

    [Fact]
    public void LibraryVersion_Loaded_IsPinnedRelease()
    {
        Assert.StartsWith("v1.5.", DuckDbDatabase.LibraryVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_ScalarTypes_DecodesEachGetter()
    {
        using var reader = _connection.Query(
            "select true as b, 42::integer as i, 9000000000::bigint as l, 2.5::double as d, 1.5::float as f, " +
            "'short' as s, timestamp '2026-11-22 02:15:00.123456' as ts, date '2026-11-22' as dt, " +
            "(-5)::tinyint as t, 300::smallint as sm, 170141183460469231731687303715884105727::hugeint as h, " +
            "'\\x00\\xFF'::blob as bl");
        Assert.True(reader.Read());
        Assert.Equal(["b", "i", "l", "d", "f", "s", "ts", "dt", "t", "sm", "h", "bl"], reader.Names);
        Assert.Equal(DuckDbType.Boolean, reader.GetFieldType(0));
        Assert.True(reader.GetBoolean(0));
        Assert.Equal(42, reader.GetInt32(1));
        Assert.Equal(42L, reader.GetInt64(1));
        Assert.Equal(9_000_000_000L, reader.GetInt64(2));
        Assert.Equal(2.5, reader.GetDouble(3));
        Assert.Equal(1.5, reader.GetDouble(4));
        Assert.Equal("short", reader.GetString(5));
        Assert.Equal(new DateTime(2026, 11, 22, 2, 15, 0, DateTimeKind.Utc).AddTicks(1_234_560), reader.GetDateTime(6));
        Assert.Equal(new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc), reader.GetDateTime(7));
        Assert.Equal(-5, reader.GetInt32(8));
        Assert.Equal(300, reader.GetInt32(9));
        Assert.Equal(Int128.MaxValue, reader.GetInt128(10));
        Assert.Equal(new byte[] { 0x00, 0xFF }, reader.GetBytes(11));
        Assert.False(reader.Read());
    }

    [Theory]
    [InlineData("")]
    [InlineData("twelve bytes")]
    [InlineData("thirteen byte")]
    [InlineData("ünïcødé ✓ strings over the inline limit")]
    public void GetString_InlinedAndPointerStrings_RoundTrip(string value)
    {
        using var statement = _connection.Prepare("select ?::varchar as s, length(?) as n");
        statement.Bind(1, value).Bind(2, value);
        using var reader = statement.Query();
        Assert.True(reader.Read());
        Assert.Equal(value, reader.GetString(0));
        Assert.Equal(value.Length, reader.GetInt64(1));
    }

    [Fact]
    public void IsNull_NullsMixedWithValues_FollowsValidityMask()
    {
        using var reader = _connection.Query("select case when i % 3 = 0 then null else i end as v from range(200) t(i) order by i");
        var seen = 0;
        while (reader.Read())
        {
            Assert.Equal(seen % 3 == 0, reader.IsNull(0));
            Assert.Equal(seen % 3 == 0 ? null : (object)(long)seen, reader.GetValue(0));
            seen++;
        }

        Assert.Equal(200, seen);
    }

    [Fact]
    public void Read_RowsAcrossSeveralChunks_ReturnsEveryRowInOrder()
    {
        // DuckDB's vector size is 2048 rows, so 10,000 rows span five chunks.
        using var reader = _connection.Query("select i, 'row-' || i || '-padding-beyond-twelve' as s from range(10000) t(i) order by i");
        var expected = 0L;
        while (reader.Read())
        {
            Assert.Equal(expected, reader.GetInt64(0));
            Assert.Equal($"row-{expected}-padding-beyond-twelve", reader.GetString(1));
            expected++;
        }

        Assert.Equal(10_000, expected);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Query_InvalidSql_ThrowsWithDuckDbMessage()
    {
        var error = Assert.Throws<DuckDbException>(() => _connection.Query("select * from no_such_table"));
        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_SyntaxError_ThrowsWithDuckDbMessage()
    {
        var error = Assert.Throws<DuckDbException>(() => _connection.Prepare("selec 1"));
        Assert.Contains("syntax error", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Execute_InsertAndUpdate_ReportsRowsChanged()
    {
        _connection.Execute("create table t (i integer)");
        Assert.Equal(3, _connection.Execute("insert into t values (1), (2), (3)"));
        Assert.Equal(2, _connection.Execute("update t set i = i + 10 where i > 1"));
    }

    [Fact]
    public void Bind_EveryParameterType_StoresValues()
    {
        _connection.Execute("create table p (s varchar, l bigint, i integer, d double, b boolean, ts timestamp, n varchar)");
        using var insert = _connection.Prepare("insert into p values (?, ?, ?, ?, ?, ?, ?)");
        Assert.Equal(7, insert.ParameterCount);
        var instant = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.FromHours(1));
        insert.Bind(1, "x").Bind(2, 1L << 40).Bind(3, 7).Bind(4, 0.25).Bind(5, false).Bind(6, instant).BindNull(7);
        Assert.Equal(1, insert.Execute());

        using var reader = _connection.Query("select * from p");
        Assert.True(reader.Read());
        Assert.Equal("x", reader.GetString(0));
        Assert.Equal(1L << 40, reader.GetInt64(1));
        Assert.Equal(7, reader.GetInt32(2));
        Assert.Equal(0.25, reader.GetDouble(3));
        Assert.False(reader.GetBoolean(4));
        Assert.Equal(instant.UtcDateTime, reader.GetDateTime(5));
        Assert.True(reader.IsNull(6));
    }

    [Fact]
    public void Bind_IndexOutOfRange_Throws()
    {
        using var statement = _connection.Prepare("select ?");
        Assert.Throws<DuckDbException>(() => statement.Bind(2, 1));
    }

    [Fact]
    public void GetInt32_WrongType_ThrowsInvalidCast()
    {
        using var reader = _connection.Query("select 'text' as s");
        Assert.True(reader.Read());
        Assert.Throws<InvalidCastException>(() => reader.GetInt32(0));
    }

    [Fact]
    public void GetValue_ListColumn_ThrowsNotSupported()
    {
        using var reader = _connection.Query("select [1, 2] as l");
        Assert.True(reader.Read());
        Assert.Equal(DuckDbType.List, reader.GetFieldType(0));
        Assert.False(DuckDbDataReader.CanDecode(reader.GetFieldType(0)));
        Assert.Throws<NotSupportedException>(() => reader.GetValue(0));
    }
}
