using System.Runtime.InteropServices;

namespace Discovery.Store.DuckDb;

/// <summary>The 16-byte <c>duckdb_string_t</c>: strings up to 12 bytes are inlined, longer ones point elsewhere.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal unsafe struct DuckDbStringStruct
{
    internal const int InlineLength = 12;

    [FieldOffset(0)]
    public uint Length;

    [FieldOffset(4)]
    public fixed byte Inlined[InlineLength];

    [FieldOffset(8)]
    public nint Pointer;
}
