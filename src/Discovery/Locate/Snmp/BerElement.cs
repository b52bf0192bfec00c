namespace Discovery.Locate.Snmp;

/// <summary>One decoded TLV: its tag, its contents, and where the contents start in the whole datagram.</summary>
internal readonly record struct BerElement(byte Tag, ReadOnlyMemory<byte> Content, int Offset)
{
    /// <summary>A reader over the contents (of a constructed element).</summary>
    public BerReader Open() => new(Content, Offset);

    /// <summary>The contents as a two's complement integer.</summary>
    public long AsSigned()
    {
        var span = Content.Span;
        if (span.Length is 0 or > 8)
        {
            throw BerReader.Malformed($"an integer of {span.Length} bytes");
        }

        long value = (sbyte)span[0];
        for (var i = 1; i < span.Length; i++)
        {
            value = (value << 8) | span[i];
        }

        return value;
    }

    /// <summary>The contents as an unsigned integer (application types); a leading zero byte is allowed.</summary>
    public ulong AsUnsigned()
    {
        var span = Content.Span;
        if (span.Length > 1 && span[0] == 0)
        {
            span = span[1..];
        }

        if (span.Length is 0 or > 8)
        {
            throw BerReader.Malformed($"an unsigned integer of {Content.Length} bytes");
        }

        ulong value = 0;
        foreach (var b in span)
        {
            value = (value << 8) | b;
        }

        return value;
    }
}
