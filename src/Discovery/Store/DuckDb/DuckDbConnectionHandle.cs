using Microsoft.Win32.SafeHandles;

namespace Discovery.Store.DuckDb;

/// <summary>
/// Owns a <c>duckdb_connection</c>. It holds a reference on its database handle, so disposing the database
/// before its connections defers the close until the last connection is gone (no use-after-free).
/// </summary>
internal sealed class DuckDbConnectionHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private DuckDbDatabaseHandle? _database;

    public DuckDbConnectionHandle()
        : base(ownsHandle: true)
    {
    }

    internal static DuckDbConnectionHandle Connect(DuckDbDatabaseHandle database)
    {
        var added = false;
        database.DangerousAddRef(ref added);
        if (DuckDbNative.Connect(database, out var pointer) != DuckDbNative.Success)
        {
            database.DangerousRelease();
            throw new DuckDbException("duckdb_connect failed");
        }

        var result = new DuckDbConnectionHandle { _database = database };
        result.SetHandle(pointer);
        return result;
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        DuckDbNative.Disconnect(ref pointer);
        _database?.DangerousRelease();
        return true;
    }
}
