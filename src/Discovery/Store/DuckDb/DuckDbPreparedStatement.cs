namespace Discovery.Store.DuckDb;

/// <summary>
/// A prepared statement. Parameters are numbered from 1 (DuckDB's convention); bindings persist across
/// executions until rebound or <see cref="ClearBindings"/>.
/// </summary>
internal sealed unsafe class DuckDbPreparedStatement : IDisposable
{
    private readonly DuckDbPreparedStatementHandle _handle;
    private readonly DuckDbConnectionHandle _connection;

    internal DuckDbPreparedStatement(DuckDbPreparedStatementHandle handle, DuckDbConnectionHandle connection)
    {
        _handle = handle;
        _connection = connection;
    }

    /// <summary>The number of parameters the statement takes.</summary>
    public int ParameterCount => (int)DuckDbNative.ParameterCount(_handle);

    /// <summary>Binds a string (or NULL) to parameter <paramref name="index"/> (1-based).</summary>
    public DuckDbPreparedStatement Bind(int index, string? value)
    {
        if (value is null)
        {
            return BindNull(index);
        }

        DuckDbUtf8.With(value, (bytes, length) =>
        {
            Check(DuckDbNative.BindVarcharLength(_handle, (ulong)index, bytes, (ulong)length), index);
        });
        return this;
    }

    /// <summary>Binds a 64-bit integer to parameter <paramref name="index"/>.</summary>
    public DuckDbPreparedStatement Bind(int index, long value) => Check(DuckDbNative.BindInt64(_handle, (ulong)index, value), index);

    /// <summary>Binds a 32-bit integer to parameter <paramref name="index"/>.</summary>
    public DuckDbPreparedStatement Bind(int index, int value) => Check(DuckDbNative.BindInt32(_handle, (ulong)index, value), index);

    /// <summary>Binds a double to parameter <paramref name="index"/>.</summary>
    public DuckDbPreparedStatement Bind(int index, double value) => Check(DuckDbNative.BindDouble(_handle, (ulong)index, value), index);

    /// <summary>Binds a boolean to parameter <paramref name="index"/>.</summary>
    public DuckDbPreparedStatement Bind(int index, bool value) => Check(DuckDbNative.BindBoolean(_handle, (ulong)index, value ? (byte)1 : (byte)0), index);

    /// <summary>Binds an instant as a TIMESTAMP (UTC, microseconds) to parameter <paramref name="index"/>.</summary>
    public DuckDbPreparedStatement Bind(int index, DateTimeOffset value) =>
        Check(DuckDbNative.BindTimestamp(_handle, (ulong)index, DuckDbTime.ToMicros(value)), index);

    /// <summary>Binds NULL to parameter <paramref name="index"/>.</summary>
    public DuckDbPreparedStatement BindNull(int index) => Check(DuckDbNative.BindNull(_handle, (ulong)index), index);

    /// <summary>Clears every binding.</summary>
    public void ClearBindings() => _ = DuckDbNative.ClearBindings(_handle);

    /// <summary>Executes the statement and returns the rows changed (0 when not applicable).</summary>
    public long Execute()
    {
        using var reader = Query();
        return reader.RowsChanged;
    }

    /// <summary>Executes the statement and returns a reader over its rows.</summary>
    /// <exception cref="DuckDbException">Execution failed (missing parameter, constraint, ...).</exception>
    public DuckDbDataReader Query()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        var result = DuckDbResultHandle.Allocate(_connection);
        if (DuckDbNative.ExecutePrepared(_handle, result.Pointer) != DuckDbNative.Success)
        {
            throw DuckDbDataReader.FailAndDispose(result);
        }

        return new DuckDbDataReader(result);
    }

    /// <summary>Destroys the statement.</summary>
    public void Dispose() => _handle.Dispose();

    private DuckDbPreparedStatement Check(int state, int index)
    {
        if (state != DuckDbNative.Success)
        {
            throw new DuckDbException($"Could not bind parameter {index} (the statement has {ParameterCount}).");
        }

        return this;
    }
}
