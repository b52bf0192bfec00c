using Discovery.Store.DuckDb;

namespace Discovery.Store.DuckDb.Tests;

public sealed class DuckDbAppenderTests : IDisposable
{
    private readonly DuckDbDatabase _database = DuckDbDatabase.Open(null);
    private readonly DuckDbConnection _connection;

    public DuckDbAppenderTests()
    {
        _connection = _database.Connect();
        _connection.Execute("create table a (s varchar, i integer, l bigint, d double, b boolean, ts timestamp)");
    }

    public void Dispose()
    {
        _connection.Dispose();
        _database.Dispose();
    }

    [Fact]
    public void Append_ManyRowsWithLongStringsAndNulls_AllVisibleAfterDispose()
    {
        var start = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
        using (var appender = _connection.CreateAppender("a"))
        {
            for (var i = 0; i < 5000; i++)
            {
                appender.Append(i % 10 == 0 ? null : new string('x', i % 700))
                    .Append(i)
                    .Append((long)i * 1_000_000_000)
                    .Append(i / 4.0)
                    .Append(i % 2 == 0)
                    .Append(start.AddSeconds(i))
                    .EndRow();
            }
        }

        using var reader = _connection.Query("select s, i, l, d, b, ts from a order by i");
        var row = 0;
        while (reader.Read())
        {
            Assert.Equal(row % 10 == 0 ? null : new string('x', row % 700), reader.GetString(0));
            Assert.Equal(row, reader.GetInt32(1));
            Assert.Equal((long)row * 1_000_000_000, reader.GetInt64(2));
            Assert.Equal(row / 4.0, reader.GetDouble(3));
            Assert.Equal(row % 2 == 0, reader.GetBoolean(4));
            Assert.Equal(start.AddSeconds(row).UtcDateTime, reader.GetDateTime(5));
            row++;
        }

        Assert.Equal(5000, row);
    }

    [Fact]
    public void Flush_BeforeDispose_RowsVisible()
    {
        using var appender = _connection.CreateAppender("a");
        appender.Append("one").Append(1).Append(1L).Append(1.0).Append(true).Append(DateTimeOffset.UnixEpoch).EndRow();
        appender.Flush();
        using var reader = _connection.Query("select count(*) from a");
        Assert.True(reader.Read());
        Assert.Equal(1L, reader.GetInt64(0));
    }

    [Fact]
    public void EndRow_TooFewValues_ThrowsWithDuckDbMessage()
    {
        using var appender = _connection.CreateAppender("a");
        appender.Append("only one");
        var error = Assert.Throws<DuckDbException>(appender.EndRow);
        Assert.Contains("column", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CreateAppender_MissingTable_Throws()
    {
        var error = Assert.Throws<DuckDbException>(() => _connection.CreateAppender("missing"));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }
}
