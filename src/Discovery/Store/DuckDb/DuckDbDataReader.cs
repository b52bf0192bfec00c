namespace Discovery.Store.DuckDb;

/// <summary>
/// Reads a query result row by row through DuckDB data chunks (<c>duckdb_fetch_chunk</c>), decoding values
/// straight from the chunk vectors. Typed getters accept the DuckDB types that widen losslessly to them.
/// </summary>
internal sealed unsafe partial class DuckDbDataReader : IDisposable
{
    private readonly DuckDbResultHandle _result;
    private readonly string[] _names;
    private readonly DuckDbType[] _types;
    private readonly nint[] _data;
    private readonly nint[] _validity;
    private DuckDbDataChunkHandle? _chunk;
    private int _chunkSize;
    private int _row = -1;
    private bool _done;

    internal DuckDbDataReader(DuckDbResultHandle result)
    {
        _result = result;
        var count = (int)DuckDbNative.ColumnCount(result.Pointer);
        _names = new string[count];
        _types = new DuckDbType[count];
        _data = new nint[count];
        _validity = new nint[count];
        for (var i = 0; i < count; i++)
        {
            _names[i] = DuckDbNative.ReadString(DuckDbNative.ColumnName(result.Pointer, (ulong)i)) ?? string.Empty;
            _types[i] = DuckDbNative.ColumnType(result.Pointer, (ulong)i);
        }

        RowsChanged = (long)DuckDbNative.RowsChanged(result.Pointer);
    }

    /// <summary>Number of columns.</summary>
    public int FieldCount => _names.Length;

    /// <summary>Rows changed by an INSERT/UPDATE/DELETE, else 0.</summary>
    public long RowsChanged { get; }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The column types, in order.</summary>
    public IReadOnlyList<DuckDbType> Types => _types;

    /// <summary>The name of column <paramref name="ordinal"/>.</summary>
    public string GetName(int ordinal) => _names[ordinal];

    /// <summary>The DuckDB type of column <paramref name="ordinal"/>.</summary>
    public DuckDbType GetFieldType(int ordinal) => _types[ordinal];

    /// <summary>Moves to the next row, fetching the next data chunk when the current one is used up.</summary>
    /// <returns>False when there are no more rows.</returns>
    public bool Read()
    {
        ObjectDisposedException.ThrowIf(_result.IsClosed, this);
        if (_done)
        {
            return false;
        }

        if (++_row < _chunkSize)
        {
            return true;
        }

        while (true)
        {
            _chunk?.Dispose();
            _chunk = null;
            var pointer = DuckDbNative.FetchChunk(_result.Value);
            if (pointer == 0)
            {
                _done = true;
                return false;
            }

            _chunk = DuckDbDataChunkHandle.FromPointer(pointer);
            _chunkSize = (int)DuckDbNative.DataChunkGetSize(_chunk);
            _row = 0;
            if (_chunkSize == 0)
            {
                continue;
            }

            for (var i = 0; i < _names.Length; i++)
            {
                var vector = DuckDbNative.DataChunkGetVector(_chunk, (ulong)i);
                _data[i] = (nint)DuckDbNative.VectorGetData(vector);
                _validity[i] = (nint)DuckDbNative.VectorGetValidity(vector);
            }

            return true;
        }
    }

    /// <summary>Whether the current row's value in column <paramref name="ordinal"/> is NULL.</summary>
    public bool IsNull(int ordinal)
    {
        EnsureRow();
        var validity = (ulong*)_validity[ordinal];
        // duckdb.h: a NULL validity mask means every row is valid.
        return validity is not null && (validity[_row / 64] & (1UL << (_row % 64))) == 0;
    }

    /// <summary>Releases the result and the current chunk.</summary>
    public void Dispose()
    {
        _chunk?.Dispose();
        _result.Dispose();
    }

    internal static DuckDbException FailAndDispose(DuckDbResultHandle result)
    {
        var message = DuckDbNative.ReadString(DuckDbNative.ResultError(result.Pointer)) ?? "DuckDB query failed";
        result.Dispose();
        return new DuckDbException(message);
    }

    private void EnsureRow()
    {
        if (_chunk is null || _row < 0 || _row >= _chunkSize)
        {
            throw new InvalidOperationException("No current row: call Read() first and check it returned true.");
        }
    }

    private T* Cell<T>(int ordinal)
        where T : unmanaged
    {
        EnsureRow();
        if (IsNull(ordinal))
        {
            throw new InvalidCastException($"Column '{_names[ordinal]}' is NULL in this row.");
        }

        return (T*)_data[ordinal] + _row;
    }
}
