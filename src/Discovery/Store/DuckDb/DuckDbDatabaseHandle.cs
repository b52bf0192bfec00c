using Microsoft.Win32.SafeHandles;

namespace Discovery.Store.DuckDb;

/// <summary>Owns a <c>duckdb_database</c>; closed when the last connection made from it is released.</summary>
internal sealed class DuckDbDatabaseHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DuckDbDatabaseHandle()
        : base(ownsHandle: true)
    {
    }

    internal static DuckDbDatabaseHandle FromPointer(nint pointer)
    {
        var result = new DuckDbDatabaseHandle();
        result.SetHandle(pointer);
        return result;
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        DuckDbNative.Close(ref pointer);
        return true;
    }
}
