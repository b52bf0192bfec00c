using System.Globalization;
using System.Text;

namespace Discovery.Locate.Snmp;

/// <summary>A varbind's value as it came off the wire: its tag and contents, read on demand.</summary>
internal sealed record SnmpValue(byte Tag, ReadOnlyMemory<byte> Content)
{
    /// <summary>The NULL a request carries in each varbind.</summary>
    public static readonly SnmpValue Null = new(SnmpTag.Null, ReadOnlyMemory<byte>.Empty);

    /// <summary>True for noSuchObject, noSuchInstance and endOfMibView: the agent had no value here.</summary>
    public bool IsException => Tag is SnmpTag.NoSuchObject or SnmpTag.NoSuchInstance or SnmpTag.EndOfMibView;

    /// <summary>An INTEGER value.</summary>
    public static SnmpValue Integer(long value) => FromTlv(BerWriter.Integer(value));

    /// <summary>An OCTET STRING value.</summary>
    public static SnmpValue OctetString(ReadOnlySpan<byte> value) => new(SnmpTag.OctetString, value.ToArray());

    /// <summary>An OCTET STRING value of UTF-8 text.</summary>
    public static SnmpValue OctetString(string value) => OctetString(Encoding.UTF8.GetBytes(value));

    /// <summary>An OBJECT IDENTIFIER value.</summary>
    public static SnmpValue Oid(ObjectIdentifier value) => FromTlv(BerWriter.ObjectIdentifier(value));

    /// <summary>A Counter32, Gauge32, TimeTicks or Counter64 value.</summary>
    public static SnmpValue Unsigned(byte tag, ulong value) => FromTlv(BerWriter.Unsigned(tag, value));

    /// <summary>The value as a number (INTEGER signed; Counter, Gauge, TimeTicks unsigned).</summary>
    /// <exception cref="SnmpException">The value is not a number.</exception>
    public long ToInt64()
    {
        var element = new BerElement(Tag, Content, 0);
        return Tag switch
        {
            SnmpTag.Integer => element.AsSigned(),
            SnmpTag.Counter32 or SnmpTag.Gauge32 or SnmpTag.TimeTicks or SnmpTag.Counter64 => checked((long)element.AsUnsigned()),
            _ => throw new SnmpException(SnmpErrorKind.Malformed, $"expected a number, found tag 0x{Tag:x2}"),
        };
    }

    /// <summary>The OCTET STRING contents.</summary>
    public ReadOnlySpan<byte> Bytes => Content.Span;

    /// <summary>The OBJECT IDENTIFIER value.</summary>
    public ObjectIdentifier ToOid() => Tag == SnmpTag.ObjectIdentifier
        ? ObjectIdentifier.Decode(Content.Span)
        : throw new SnmpException(SnmpErrorKind.Malformed, $"expected an OID, found tag 0x{Tag:x2}");

    /// <summary>The encoding of this value as a TLV.</summary>
    public byte[] Encode() => BerWriter.Tlv(Tag, Content.Span);

    /// <inheritdoc/>
    public override string ToString() => Tag switch
    {
        SnmpTag.Integer or SnmpTag.Counter32 or SnmpTag.Gauge32 or SnmpTag.TimeTicks or SnmpTag.Counter64 => ToInt64().ToString(CultureInfo.InvariantCulture),
        SnmpTag.OctetString => Encoding.UTF8.GetString(Content.Span),
        SnmpTag.ObjectIdentifier => ToOid().ToString(),
        SnmpTag.Null => "NULL",
        SnmpTag.NoSuchObject => "noSuchObject",
        SnmpTag.NoSuchInstance => "noSuchInstance",
        SnmpTag.EndOfMibView => "endOfMibView",
        _ => Convert.ToHexString(Content.Span),
    };

    private static SnmpValue FromTlv(byte[] tlv)
    {
        var element = new BerReader(tlv).Read();
        return new SnmpValue(element.Tag, element.Content);
    }
}
