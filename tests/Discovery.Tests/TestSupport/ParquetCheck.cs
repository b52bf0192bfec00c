using Discovery.Store.DuckDb;

namespace Discovery.Tests.TestSupport;

/// <summary>Reads Parquet files with a fresh DuckDB (separate from the code under test's instances).</summary>
internal static class ParquetCheck
{
    public static long CountRows(string file)
    {
        using var database = DuckDbDatabase.Open(null);
        using var connection = database.Connect();
        using var reader = connection.Query($"select count(*) from read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')");
        Assert.True(reader.Read());
        return reader.GetInt64(0);
    }

    public static string? Scalar(string sql)
    {
        using var database = DuckDbDatabase.Open(null);
        using var connection = database.Connect();
        using var reader = connection.Query(sql);
        Assert.True(reader.Read());
        return reader.GetValue(0)?.ToString();
    }

    public static IEnumerable<string> AllFiles(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories);
}
