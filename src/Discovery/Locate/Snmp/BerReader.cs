namespace Discovery.Locate.Snmp;

/// <summary>
/// Reads BER TLVs in order from a buffer. Each element knows its offset in the whole datagram, so the USM
/// check can zero the authentication parameters in place (RFC 3414 section 6.3.2).
/// </summary>
/// <remarks>Malformed input (a length past the end, indefinite or oversized lengths, a wrong tag) throws
/// <see cref="SnmpException"/> of kind <see cref="SnmpErrorKind.Malformed"/>: the datagram came from the network.</remarks>
internal sealed class BerReader
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly int _origin;
    private int _position;

    /// <summary>A reader over <paramref name="data"/>, which starts at <paramref name="origin"/> in the whole datagram.</summary>
    public BerReader(ReadOnlyMemory<byte> data, int origin = 0)
    {
        _data = data;
        _origin = origin;
    }

    /// <summary>True when every element has been read.</summary>
    public bool AtEnd => _position >= _data.Length;

    /// <summary>The tag of the next element (without reading it).</summary>
    public byte PeekTag() => AtEnd ? throw Malformed("the message ended early") : _data.Span[_position];

    /// <summary>The next element.</summary>
    public BerElement Read()
    {
        var span = _data.Span;
        if (_position + 2 > span.Length)
        {
            throw Malformed("the message ended early");
        }

        var tag = span[_position];
        var first = span[_position + 1];
        var at = _position + 2;
        int length;
        if (first < 0x80)
        {
            length = first;
        }
        else
        {
            var count = first & 0x7F;
            if (count is 0 or > 4 || at + count > span.Length)
            {
                throw Malformed($"bad length form 0x{first:x2}");
            }

            long value = 0;
            for (var i = 0; i < count; i++)
            {
                value = (value << 8) | span[at + i];
            }

            if (value > int.MaxValue)
            {
                throw Malformed("a length beyond any datagram");
            }

            length = (int)value;
            at += count;
        }

        if (at + length > span.Length)
        {
            throw Malformed($"an element of {length} bytes runs past the end");
        }

        _position = at + length;
        return new BerElement(tag, _data.Slice(at, length), _origin + at);
    }

    /// <summary>The next element, which must carry <paramref name="tag"/>.</summary>
    public BerElement Read(byte tag)
    {
        var element = Read();
        return element.Tag == tag ? element : throw Malformed($"expected tag 0x{tag:x2}, found 0x{element.Tag:x2}");
    }

    /// <summary>A reader over the contents of the next element, a constructed one with <paramref name="tag"/>.</summary>
    public BerReader ReadConstructed(byte tag) => Read(tag).Open();

    /// <summary>The next INTEGER.</summary>
    public long ReadInteger() => Read(SnmpTag.Integer).AsSigned();

    /// <summary>The next OCTET STRING's bytes.</summary>
    public ReadOnlyMemory<byte> ReadOctetString() => Read(SnmpTag.OctetString).Content;

    internal static SnmpException Malformed(string what) => new(SnmpErrorKind.Malformed, $"malformed SNMP message: {what}");
}
