using System.Runtime.InteropServices;

namespace Discovery.Store.DuckDb;

/// <summary>The C <c>duckdb_result</c> struct (six pointer-sized fields), passed by value to <c>duckdb_fetch_chunk</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbResultStruct
{
    public ulong DeprecatedColumnCount;
    public ulong DeprecatedRowCount;
    public ulong DeprecatedRowsChanged;
    public nint DeprecatedColumns;
    public nint DeprecatedErrorMessage;
    public nint InternalData;
}
