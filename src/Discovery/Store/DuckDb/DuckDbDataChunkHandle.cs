using Microsoft.Win32.SafeHandles;

namespace Discovery.Store.DuckDb;

/// <summary>Owns a <c>duckdb_data_chunk</c> fetched from a result.</summary>
internal sealed class DuckDbDataChunkHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DuckDbDataChunkHandle()
        : base(ownsHandle: true)
    {
    }

    internal static DuckDbDataChunkHandle FromPointer(nint pointer)
    {
        var result = new DuckDbDataChunkHandle();
        result.SetHandle(pointer);
        return result;
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        DuckDbNative.DestroyDataChunk(ref pointer);
        return true;
    }
}
