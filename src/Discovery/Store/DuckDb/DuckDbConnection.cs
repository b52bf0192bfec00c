namespace Discovery.Store.DuckDb;

/// <summary>A connection to a <see cref="DuckDbDatabase"/>. Not thread-safe: one caller at a time.</summary>
internal sealed class DuckDbConnection : IDisposable
{
    private readonly DuckDbConnectionHandle _handle;

    internal DuckDbConnection(DuckDbConnectionHandle handle)
    {
        _handle = handle;
    }

    /// <summary>Runs SQL that returns no rows worth reading (DDL, COPY, INSERT...).</summary>
    /// <returns>The number of rows changed, when DuckDB reports one; otherwise 0.</returns>
    /// <exception cref="DuckDbException">The statement failed; the message is DuckDB's.</exception>
    public long Execute(string sql)
    {
        using var reader = Query(sql);
        return reader.RowsChanged;
    }

    /// <summary>Runs a query and returns a reader over its rows.</summary>
    /// <exception cref="DuckDbException">The statement failed; the message is DuckDB's.</exception>
    public DuckDbDataReader Query(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        var result = DuckDbResultHandle.Allocate(_handle);
        if (DuckDbNative.Query(_handle, sql, result.Pointer) != DuckDbNative.Success)
        {
            throw DuckDbDataReader.FailAndDispose(result);
        }

        return new DuckDbDataReader(result);
    }

    /// <summary>Prepares a statement with <c>?</c> or <c>$1</c> parameters.</summary>
    /// <exception cref="DuckDbException">The statement does not parse or bind.</exception>
    public DuckDbPreparedStatement Prepare(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        return new DuckDbPreparedStatement(DuckDbPreparedStatementHandle.Prepare(_handle, sql), _handle);
    }

    /// <summary>Creates an appender: the fast path for bulk rows into <paramref name="table"/>.</summary>
    /// <exception cref="DuckDbException">The table does not exist.</exception>
    public DuckDbAppender CreateAppender(string table, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        return new DuckDbAppender(DuckDbAppenderHandle.Create(_handle, schema, table));
    }

    /// <summary>Interrupts the query running on this connection (callable from another thread); it fails with "Interrupted".</summary>
    public void Interrupt()
    {
        if (!_handle.IsClosed)
        {
            DuckDbNative.Interrupt(_handle);
        }
    }

    /// <summary>Closes the connection (deferred until its open readers, statements and appenders are disposed).</summary>
    public void Dispose() => _handle.Dispose();
}
