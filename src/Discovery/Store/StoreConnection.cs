using Discovery.Store.DuckDb;

namespace Discovery.Store;

/// <summary>
/// A DuckDB connection of the store with its prepared statements cached by SQL text (the API's hot paths run
/// the same few statements over and over). One caller at a time, like the connection itself.
/// </summary>
internal sealed class StoreConnection : IDisposable
{
    private const int MaxCachedStatements = 256;

    private readonly Dictionary<string, DuckDbPreparedStatement> _statements = new(StringComparer.Ordinal);

    public StoreConnection(DuckDbConnection connection)
    {
        Connection = connection;
    }

    public DuckDbConnection Connection { get; }

    /// <summary>The cached statement for <paramref name="sql"/>, bindings cleared.</summary>
    public DuckDbPreparedStatement Prepare(string sql)
    {
        if (_statements.TryGetValue(sql, out var statement))
        {
            statement.ClearBindings();
            return statement;
        }

        if (_statements.Count >= MaxCachedStatements)
        {
            // Filter combinations make SQL texts vary; a full cache starts over rather than grow without bound.
            foreach (var cached in _statements.Values)
            {
                cached.Dispose();
            }

            _statements.Clear();
        }

        statement = Connection.Prepare(sql);
        _statements[sql] = statement;
        return statement;
    }

    /// <summary>Runs <paramref name="sql"/> with string (or NULL) parameters and returns a reader.</summary>
    public DuckDbDataReader Query(string sql, IReadOnlyList<string?> parameters)
    {
        var statement = Prepare(sql);
        for (var i = 0; i < parameters.Count; i++)
        {
            statement.Bind(i + 1, parameters[i]);
        }

        return statement.Query();
    }

    /// <summary>Runs <paramref name="sql"/> with string parameters; returns the rows changed.</summary>
    public long Execute(string sql, params IReadOnlyList<string?> parameters)
    {
        using var reader = Query(sql, parameters);
        return reader.RowsChanged;
    }

    /// <summary>Runs SQL without parameters or caching (DDL, transactions, COPY).</summary>
    public void Run(string sql) => Connection.Execute(sql);

    /// <summary>The first column of the first row as text, or null.</summary>
    public string? Scalar(string sql, params IReadOnlyList<string?> parameters)
    {
        using var reader = Query(sql, parameters);
        return reader.Read() && !reader.IsNull(0) ? Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
        Connection.Dispose();
    }
}
