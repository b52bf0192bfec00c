using System.Buffers;
using System.Text;

namespace Discovery.Store.DuckDb;

/// <summary>Encodes a string to UTF-8 in a pooled buffer and hands DuckDB a pinned pointer plus length.</summary>
internal static unsafe class DuckDbUtf8
{
    private const int StackLimit = 512;

    internal delegate void Utf8Action(byte* bytes, int length);

    internal static void With(string value, Utf8Action action)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max <= StackLimit)
        {
            var buffer = stackalloc byte[StackLimit];
            var length = Encoding.UTF8.GetBytes(value, new Span<byte>(buffer, StackLimit));
            action(buffer, length);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var length = Encoding.UTF8.GetBytes(value, rented);
            fixed (byte* pointer = rented)
            {
                action(pointer, length);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
