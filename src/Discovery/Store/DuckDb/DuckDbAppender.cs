using System.Buffers;
using System.Text;

namespace Discovery.Store.DuckDb;

/// <summary>
/// Bulk row insertion (<c>duckdb_appender</c>): append one value per column in table order, then
/// <see cref="EndRow"/>. Rows become visible on <see cref="Flush"/> or <see cref="Dispose"/>. Not thread-safe.
/// </summary>
internal sealed unsafe class DuckDbAppender : IDisposable
{
    private const int StackLimit = 512;

    private readonly DuckDbAppenderHandle _handle;

    internal DuckDbAppender(DuckDbAppenderHandle handle)
    {
        _handle = handle;
    }

    /// <summary>Appends a string, or NULL.</summary>
    public DuckDbAppender Append(string? value)
    {
        if (value is null)
        {
            return AppendNull();
        }

        // Inlined rather than DuckDbUtf8.With: this is the hot path of the crawl log (a closure per value shows).
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max <= StackLimit)
        {
            var buffer = stackalloc byte[StackLimit];
            var length = Encoding.UTF8.GetBytes(value, new Span<byte>(buffer, StackLimit));
            return Check(DuckDbNative.AppendVarcharLength(_handle, buffer, (ulong)length));
        }

        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var length = Encoding.UTF8.GetBytes(value, rented);
            fixed (byte* pointer = rented)
            {
                Check(DuckDbNative.AppendVarcharLength(_handle, pointer, (ulong)length));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return this;
    }

    /// <summary>Appends a 32-bit integer, or NULL.</summary>
    public DuckDbAppender Append(int? value) => value is { } v ? Check(DuckDbNative.AppendInt32(_handle, v)) : AppendNull();

    /// <summary>Appends a 64-bit integer, or NULL.</summary>
    public DuckDbAppender Append(long? value) => value is { } v ? Check(DuckDbNative.AppendInt64(_handle, v)) : AppendNull();

    /// <summary>Appends a double, or NULL.</summary>
    public DuckDbAppender Append(double? value) => value is { } v ? Check(DuckDbNative.AppendDouble(_handle, v)) : AppendNull();

    /// <summary>Appends a boolean, or NULL.</summary>
    public DuckDbAppender Append(bool? value) => value is { } v ? Check(DuckDbNative.AppendBool(_handle, v ? (byte)1 : (byte)0)) : AppendNull();

    /// <summary>Appends an instant as a TIMESTAMP (UTC), or NULL.</summary>
    public DuckDbAppender Append(DateTimeOffset? value) =>
        value is { } v ? Check(DuckDbNative.AppendTimestamp(_handle, DuckDbTime.ToMicros(v))) : AppendNull();

    /// <summary>Appends NULL.</summary>
    public DuckDbAppender AppendNull() => Check(DuckDbNative.AppendNull(_handle));

    /// <summary>Finishes the current row.</summary>
    /// <exception cref="DuckDbException">The row has the wrong number of values or a value does not convert.</exception>
    public void EndRow() => Check(DuckDbNative.AppenderEndRow(_handle));

    /// <summary>Writes the buffered rows to the table.</summary>
    public void Flush() => Check(DuckDbNative.AppenderFlush(_handle));

    /// <summary>Flushes, closes and destroys the appender.</summary>
    /// <exception cref="DuckDbException">The final flush failed (the appender is destroyed regardless).</exception>
    public void Dispose()
    {
        if (_handle.IsClosed)
        {
            return;
        }

        try
        {
            Check(DuckDbNative.AppenderClose(_handle.DangerousGetHandle()));
        }
        finally
        {
            _handle.Dispose();
        }
    }

    private DuckDbAppender Check(int state)
    {
        if (state != DuckDbNative.Success)
        {
            var message = DuckDbNative.ReadString(DuckDbNative.AppenderError(_handle.DangerousGetHandle())) ?? "DuckDB appender failed";
            throw new DuckDbException(message);
        }

        return this;
    }
}
