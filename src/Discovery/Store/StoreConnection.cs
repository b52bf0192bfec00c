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

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _columnOrder = new(StringComparer.Ordinal);

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

    /// <summary>
    /// True when <paramref name="table"/>'s columns in the database are in <see cref="StoreTable.Columns"/>' order, so an
    /// appender can fill it directly (a working set that gained a column since it was written has it last). Asked once
    /// per table and connection: the store changes no table's shape while open (a restore creates them in this order).
    /// </summary>
    public bool HasColumnOrderOf(StoreTable table) => _columnOrder.GetOrAdd(table.Name, _ =>
        ReadAll("SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
            [table.Name], r => r.GetString(0)).SequenceEqual(table.Columns.Select(c => c.Name), StringComparer.Ordinal));

    /// <summary>A second connection to the same database (for the store's reader pool).</summary>
    public StoreConnection Duplicate() => new(DuckDbConnections.Another(Connection));

    public void Dispose() => Connection.Dispose();
}
