using Microsoft.Win32.SafeHandles;

namespace Discovery.Store.DuckDb;

/// <summary>Owns a <c>duckdb_appender</c>; holds a reference on its connection.</summary>
internal sealed class DuckDbAppenderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private DuckDbConnectionHandle? _connection;

    public DuckDbAppenderHandle()
        : base(ownsHandle: true)
    {
    }

    internal static DuckDbAppenderHandle Create(DuckDbConnectionHandle connection, string? schema, string table)
    {
        var added = false;
        connection.DangerousAddRef(ref added);
        var state = DuckDbNative.AppenderCreate(connection, schema, table, out var pointer);
        if (pointer == 0)
        {
            connection.DangerousRelease();
            throw new DuckDbException("DuckDB returned no handle (out of memory?)");
        }

        var result = new DuckDbAppenderHandle { _connection = connection };
        result.SetHandle(pointer);
        if (state != DuckDbNative.Success)
        {
            string message;
            unsafe
            {
                message = DuckDbNative.ReadString(DuckDbNative.AppenderError(pointer)) ?? "duckdb_appender_create failed";
            }

            result.Dispose();
            throw new DuckDbException(message);
        }

        return result;
    }

    protected override bool ReleaseHandle()
    {
        // duckdb_appender_destroy flushes and closes; errors at this point have nowhere to go.
        var pointer = handle;
        _ = DuckDbNative.AppenderDestroy(ref pointer);
        _connection?.DangerousRelease();
        return true;
    }
}
