using Discovery.Store.DuckDb;
using Discovery.Tests.TestSupport;

namespace Discovery.Store.DuckDb.Tests;

public sealed class DuckDbDatabaseTests
{
    [Fact]
    public void Open_FilePath_PersistsAcrossReopen()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "store.duckdb");
        using (var database = DuckDbDatabase.Open(path))
        using (var connection = database.Connect())
        {
            connection.Execute("create table t as select 41 + 1 as answer");
        }

        using var reopened = DuckDbDatabase.Open(path);
        using var again = reopened.Connect();
        using var reader = again.Query("select answer from t");
        Assert.True(reader.Read());
        Assert.Equal(42, reader.GetInt32(0));
    }

    [Fact]
    public void Open_UnknownOption_ThrowsDuckDbException()
    {
        Assert.Throws<DuckDbException>(() => DuckDbDatabase.Open(null, new Dictionary<string, string> { ["no_such_option"] = "1" }));
    }

    [Fact]
    public void Open_Options_AppliedToDatabase()
    {
        using var database = DuckDbDatabase.Open(null, new Dictionary<string, string> { ["threads"] = "1" });
        using var connection = database.Connect();
        using var reader = connection.Query("select current_setting('threads')");
        Assert.True(reader.Read());
        Assert.Equal(1L, reader.GetInt64(0));
    }

    [Fact]
    public void Open_DirectoryAsPath_ThrowsWithMessage()
    {
        using var directory = new TempDirectory();
        var error = Assert.Throws<DuckDbException>(() => DuckDbDatabase.Open(directory.Path));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Dispose_DatabaseBeforeConnectionAndReader_ChildrenKeepWorking()
    {
        var database = DuckDbDatabase.Open(null);
        var connection = database.Connect();
        using var reader = connection.Query("select i from range(5000) t(i)");
        database.Dispose();
        connection.Dispose();

        // The reader holds the connection, which holds the database: nothing is freed under it.
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        Assert.Equal(5000, count);
    }

    [Fact]
    public void Connect_AfterDispose_ThrowsObjectDisposed()
    {
        var database = DuckDbDatabase.Open(null);
        database.Dispose();
        Assert.Throws<ObjectDisposedException>(database.Connect);
    }
}
