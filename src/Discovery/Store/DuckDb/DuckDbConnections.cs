using DuckDB.NET.Data;

namespace Discovery.Store.DuckDb;

/// <summary>Opens DuckDB.NET connections the way the store and the crawl log need them.</summary>
internal static class DuckDbConnections
{
    /// <summary>
    /// Opens a connection to the database file at <paramref name="path"/> (created when missing), or to a new
    /// in-memory database when null. More connections to the same database come from <see cref="Another"/>.
    /// </summary>
    /// <param name="path">A database file, or null for memory.</param>
    /// <param name="threads">DuckDB's worker threads, or null for its default (one per core).</param>
    /// <exception cref="DuckDBException">DuckDB could not open the database (locked by another process, not a DuckDB file).</exception>
    public static DuckDBConnection Open(string? path, int? threads = null)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = path ?? DuckDBConnectionStringBuilder.InMemoryDataSource };
        if (threads is { } count)
        {
            builder.Threads = count;
        }

        return OpenString(builder.ConnectionString);
    }

    /// <summary>
    /// A new connection to the database of <paramref name="connection"/>: DuckDB.NET duplicates an in-memory one, and
    /// shares one open database per file within the process, so a file is simply opened again.
    /// </summary>
    public static DuckDBConnection Another(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.DataSource is not ("" or DuckDBConnectionStringBuilder.InMemoryDataSource))
        {
            return OpenString(connection.ConnectionString);
        }

        // DuckDB.NET hands back the duplicate closed; opening it connects to the same in-memory database.
        var duplicate = connection.Duplicate();
        try
        {
            if (duplicate.State != System.Data.ConnectionState.Open)
            {
                duplicate.Open();
            }

            return duplicate;
        }
        catch
        {
            duplicate.Dispose();
            throw;
        }
    }

    private static DuckDBConnection OpenString(string connectionString)
    {
        var connection = new DuckDBConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
