using Discovery.Testing;
using Discovery.Store.DuckDb;

namespace Discovery.Store.DuckDb.Tests;

public sealed class DuckDbCommandsTests
{
    [Fact]
    public void Execute_Insert_ReturnsRowsChangedAndBindsPositionally()
    {
        using var connection = DuckDbConnections.Open(null);
        connection.Execute("CREATE TABLE t (s VARCHAR, n BIGINT)");

        var changed = connection.Execute("INSERT INTO t VALUES (?, ?), (?, ?)", "a", 1L, null, 2L);

        Assert.Equal(2, changed);
        Assert.Equal([("a", 1L), ((string?)null, 2L)], connection.ReadAll("SELECT s, n FROM t ORDER BY n", [], r => (r.StringOrNull(0), r.GetInt64(1))));
    }

    [Fact]
    public void Scalar_NoRowOrNull_IsNull()
    {
        using var connection = DuckDbConnections.Open(null);

        Assert.Null(connection.Scalar("SELECT 1 WHERE false"));
        Assert.Null(connection.Scalar("SELECT NULL"));
        Assert.Equal(3L, connection.Scalar("SELECT count(*) FROM range(3)"));
    }

    [Fact]
    public void LiteralAndIdentifier_QuoteInside_IsDoubled()
    {
        using var connection = DuckDbConnections.Open(null);

        Assert.Equal("'it''s'", DuckDbCommands.Literal("it's"));
        Assert.Equal("it's", connection.Scalar($"SELECT {DuckDbCommands.Literal("it's")}"));
        Assert.Equal(["a\"b"], connection.ReadAll($"SELECT 1 AS {DuckDbCommands.Identifier("a\"b")}", [], r => r.GetName(0)));
    }

    [Fact]
    public void Another_InMemory_SeesTheSameDatabase()
    {
        using var connection = DuckDbConnections.Open(null);
        connection.Execute("CREATE TABLE t AS SELECT 5 AS n");

        using var second = DuckDbConnections.Another(connection);

        Assert.Equal(5, second.Scalar("SELECT n FROM t"));
    }

    [Fact]
    public void Another_File_SeesTheSameDatabase()
    {
        using var directory = new TempDirectory();
        using var connection = DuckDbConnections.Open(Path.Combine(directory.Path, "x.duckdb"));
        connection.Execute("CREATE TABLE t AS SELECT 6 AS n");

        using var second = DuckDbConnections.Another(connection);

        Assert.Equal(6, second.Scalar("SELECT n FROM t"));
    }

    [Fact]
    public void Execute_BadSql_ThrowsDuckDbsMessage()
    {
        using var connection = DuckDbConnections.Open(null);

        var error = Assert.Throws<DuckDB.NET.Data.DuckDBException>(() => connection.Execute("SELECT nope"));

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }
}
