using Discovery.Store.DuckDb;

namespace Discovery.Tests.TestSupport;

/// <summary>Reads Parquet files with a fresh in-memory DuckDB (separate from the code under test's instances).</summary>
internal static class ParquetCheck
{
    public static long CountRows(string file)
    {
        using var connection = DuckDbConnections.Open(null);
        return Convert.ToInt64(connection.Scalar($"select count(*) from read_parquet({DuckDbCommands.Literal(file)})"), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string? Scalar(string sql)
    {
        using var connection = DuckDbConnections.Open(null);
        return connection.Scalar(sql)?.ToString();
    }

    public static IEnumerable<string> AllFiles(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories);
}
