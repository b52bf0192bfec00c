using System.Data.Common;
using System.Globalization;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.Store;

/// <summary>
/// A DuckDB connection of the store. Parameters are positional (<c>?</c>); string values bind to UUID, TIMESTAMP
/// and other columns through DuckDB's casts. One caller at a time, like the connection itself.
/// </summary>
internal sealed class StoreConnection : IDisposable
{
    public StoreConnection(DuckDBConnection connection)
    {
        Connection = connection;
    }

    public DuckDBConnection Connection { get; }

    /// <summary>Runs <paramref name="sql"/>; returns the rows changed.</summary>
    public int Execute(string sql, params IReadOnlyList<object?> parameters) => Connection.Execute(sql, parameters);

    /// <summary>Runs SQL without parameters (DDL, transactions, COPY).</summary>
    public void Run(string sql) => Connection.Execute(sql);

    /// <summary>The first column of the first row as text, or null.</summary>
    public string? Scalar(string sql, params IReadOnlyList<object?> parameters) =>
        Connection.Scalar(sql, parameters) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    /// <summary>Reads every row of a query with <paramref name="read"/>.</summary>
    public List<T> ReadAll<T>(string sql, IReadOnlyList<object?> parameters, Func<DbDataReader, T> read) =>
        Connection.ReadAll(sql, parameters, read);

    /// <summary>Runs a query and hands its reader to <paramref name="read"/>.</summary>
    public T WithReader<T>(string sql, IReadOnlyList<object?> parameters, Func<DbDataReader, T> read) =>
        Connection.WithReader(sql, parameters, read);

    /// <summary>A second connection to the same database (for the store's reader pool).</summary>
    public StoreConnection Duplicate() => new(DuckDbConnections.Another(Connection));

    public void Dispose() => Connection.Dispose();
}
