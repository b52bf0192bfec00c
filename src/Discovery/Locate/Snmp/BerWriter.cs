using System.Buffers.Binary;

namespace Discovery.Locate.Snmp;

/// <summary>
/// Builds BER encodings bottom-up: each call returns one complete TLV (tag, definite length, contents), so a
/// message is the nesting of calls. Lengths are always minimal (DER-like), which every agent accepts.
/// </summary>
internal static class BerWriter
{
    /// <summary>The number of bytes the tag and length of a TLV with <paramref name="contentLength"/> content bytes take.</summary>
    public static int HeaderLength(int contentLength) => contentLength switch
    {
        < 0x80 => 2,
        <= 0xFF => 3,
        <= 0xFFFF => 4,
        <= 0xFFFFFF => 5,
        _ => 6,
    };

    /// <summary>One TLV of <paramref name="tag"/> around <paramref name="content"/>.</summary>
    public static byte[] Tlv(byte tag, ReadOnlySpan<byte> content)
    {
        var header = HeaderLength(content.Length);
        var result = new byte[header + content.Length];
        result[0] = tag;
        if (content.Length < 0x80)
        {
            result[1] = (byte)content.Length;
        }
        else
        {
            var lengthBytes = header - 2;
            result[1] = (byte)(0x80 | lengthBytes);
            for (var i = 0; i < lengthBytes; i++)
            {
                result[2 + i] = (byte)(content.Length >> (8 * (lengthBytes - 1 - i)));
            }
        }

        content.CopyTo(result.AsSpan(header));
        return result;
    }

    /// <summary>A constructed TLV (SEQUENCE or PDU) over the concatenation of <paramref name="parts"/>.</summary>
    public static byte[] Constructed(byte tag, params ReadOnlySpan<byte[]> parts)
    {
        var length = 0;
        foreach (var part in parts)
        {
            length += part.Length;
        }

        var content = new byte[length];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(content, at);
            at += part.Length;
        }

        return Tlv(tag, content);
    }

    /// <summary>A SEQUENCE of <paramref name="parts"/>.</summary>
    public static byte[] Sequence(params ReadOnlySpan<byte[]> parts) => Constructed(SnmpTag.Sequence, parts);

    /// <summary>A signed INTEGER in minimal two's complement.</summary>
    public static byte[] Integer(long value) => Tlv(SnmpTag.Integer, SignedContent(value));

    /// <summary>An unsigned application integer (Counter32, Gauge32, TimeTicks, Counter64): a leading zero keeps the top bit clear.</summary>
    public static byte[] Unsigned(byte tag, ulong value)
    {
        Span<byte> buffer = stackalloc byte[9];
        BinaryPrimitives.WriteUInt64BigEndian(buffer[1..], value);
        var start = 1;
        while (start < 8 && buffer[start] == 0 && (buffer[start + 1] & 0x80) == 0)
        {
            start++;
        }

        if ((buffer[start] & 0x80) != 0)
        {
            start--;
        }

        return Tlv(tag, buffer[start..]);
    }

    /// <summary>An OCTET STRING.</summary>
    public static byte[] OctetString(ReadOnlySpan<byte> value) => Tlv(SnmpTag.OctetString, value);

    /// <summary>A NULL (the value of every varbind in a request).</summary>
    public static byte[] Null() => [SnmpTag.Null, 0];

    /// <summary>An OBJECT IDENTIFIER.</summary>
    public static byte[] ObjectIdentifier(ObjectIdentifier oid)
    {
        ArgumentNullException.ThrowIfNull(oid);
        return Tlv(SnmpTag.ObjectIdentifier, oid.EncodeContent());
    }

    private static byte[] SignedContent(long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        var start = 0;
        // Drop a leading byte while the next one still carries the sign.
        while (start < 7 && ((buffer[start] == 0 && (buffer[start + 1] & 0x80) == 0) || (buffer[start] == 0xFF && (buffer[start + 1] & 0x80) != 0)))
        {
            start++;
        }

        return buffer[start..].ToArray();
    }
}
