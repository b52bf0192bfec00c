using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Discovery.Store.DuckDb;

/// <summary>
/// Owns a native <c>duckdb_result</c> struct (allocated here, filled by DuckDB) and destroys it on release.
/// Holds a reference on the connection that produced it.
/// </summary>
internal sealed unsafe class DuckDbResultHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private DuckDbConnectionHandle? _connection;

    public DuckDbResultHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>The address of the struct, for calls taking <c>duckdb_result *</c>.</summary>
    internal nint Pointer => handle;

    /// <summary>A copy of the struct, for <c>duckdb_fetch_chunk</c> which takes it by value.</summary>
    internal DuckDbResultStruct Value => *(DuckDbResultStruct*)handle;

    internal static DuckDbResultHandle Allocate(DuckDbConnectionHandle connection)
    {
        var added = false;
        connection.DangerousAddRef(ref added);
        var result = new DuckDbResultHandle { _connection = connection };
        result.SetHandle((nint)NativeMemory.AllocZeroed((nuint)sizeof(DuckDbResultStruct)));
        return result;
    }

    protected override bool ReleaseHandle()
    {
        DuckDbNative.DestroyResult(handle);
        NativeMemory.Free((void*)handle);
        _connection?.DangerousRelease();
        return true;
    }
}
