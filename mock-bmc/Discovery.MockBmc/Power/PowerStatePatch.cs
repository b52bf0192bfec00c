using System.Text;

namespace Discovery.MockBmc.Power;

/// <summary>Swaps the value of the top-level <c>"PowerState"</c> string in a rendered ComputerSystem body.</summary>
internal static class PowerStatePatch
{
    private static readonly byte[] Name = "\"PowerState\""u8.ToArray();

    public static ReadOnlyMemory<byte> Apply(ReadOnlyMemory<byte> body, string state)
    {
        var span = body.Span;
        var at = span.IndexOf(Name);
        if (at < 0)
        {
            return body;
        }

        // Skip `"PowerState"`, blanks, the colon and blanks to the opening quote of the value.
        var position = at + Name.Length;
        while (position < span.Length && span[position] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)':')
        {
            position++;
        }

        if (position >= span.Length || span[position] != (byte)'"')
        {
            return body;
        }

        var close = span[(position + 1)..].IndexOf((byte)'"');
        if (close < 0)
        {
            return body;
        }

        var end = position + 1 + close;
        return (byte[])[.. span[..(position + 1)], .. Encoding.UTF8.GetBytes(state), .. span[end..]];
    }
}
