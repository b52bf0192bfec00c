using Microsoft.Win32.SafeHandles;

namespace Discovery.Store.DuckDb;

/// <summary>Owns a <c>duckdb_prepared_statement</c>; holds a reference on its connection.</summary>
internal sealed class DuckDbPreparedStatementHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private DuckDbConnectionHandle? _connection;

    public DuckDbPreparedStatementHandle()
        : base(ownsHandle: true)
    {
    }

    internal static DuckDbPreparedStatementHandle Prepare(DuckDbConnectionHandle connection, string sql)
    {
        var added = false;
        connection.DangerousAddRef(ref added);
        var state = DuckDbNative.Prepare(connection, sql, out var pointer);
        if (pointer == 0)
        {
            connection.DangerousRelease();
            throw new DuckDbException("DuckDB returned no handle (out of memory?)");
        }

        var result = new DuckDbPreparedStatementHandle { _connection = connection };
        result.SetHandle(pointer);
        if (state != DuckDbNative.Success)
        {
            // duckdb.h: the statement must be destroyed even when preparing failed; read the error first.
            string message;
            unsafe
            {
                message = DuckDbNative.ReadString(DuckDbNative.PrepareError(pointer)) ?? "duckdb_prepare failed";
            }

            result.Dispose();
            throw new DuckDbException(message);
        }

        return result;
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        DuckDbNative.DestroyPrepare(ref pointer);
        _connection?.DangerousRelease();
        return true;
    }
}
