using Discovery.Locate.Snmp;

namespace Discovery.Tests.Locate.Snmp;

public sealed class BerWriterTests
{
    [Theory]
    [InlineData(0L, "020100")]
    [InlineData(127L, "02017F")]
    [InlineData(128L, "02020080")]
    [InlineData(256L, "02020100")]
    [InlineData(-1L, "0201FF")]
    [InlineData(-128L, "020180")]
    [InlineData(-129L, "0202FF7F")]
    [InlineData(int.MaxValue, "02047FFFFFFF")]
    public void Integer_Value_MinimalTwosComplement(long value, string expected)
    {
        var encoded = BerWriter.Integer(value);

        Assert.Equal(expected, Convert.ToHexString(encoded));
        Assert.Equal(value, new BerReader(encoded).ReadInteger());
    }

    [Theory]
    [InlineData(SnmpTag.Counter32, 0UL, "410100")]
    [InlineData(SnmpTag.Gauge32, 0x80UL, "42020080")]
    [InlineData(SnmpTag.Counter32, 0xFFFFFFFFUL, "410500FFFFFFFF")]
    [InlineData(SnmpTag.TimeTicks, 360000UL, "4303057E40")]
    public void Unsigned_Value_LeadingZeroKeepsItPositive(byte tag, ulong value, string expected)
    {
        var encoded = BerWriter.Unsigned(tag, value);

        Assert.Equal(expected, Convert.ToHexString(encoded));
        Assert.Equal((long)value, new SnmpValue(tag, encoded.AsMemory(2)).ToInt64());
    }

    [Theory]
    [InlineData(5, "0405")]
    [InlineData(127, "047F")]
    [InlineData(128, "048180")]
    [InlineData(300, "0482012C")]
    public void OctetString_Length_ShortOrLongForm(int length, string expectedHeader)
    {
        var encoded = BerWriter.OctetString(new byte[length]);

        Assert.Equal(expectedHeader, Convert.ToHexString(encoded.AsSpan(0, expectedHeader.Length / 2)));
        Assert.Equal(length, new BerReader(encoded).ReadOctetString().Length);
        Assert.Equal(expectedHeader.Length / 2, BerWriter.HeaderLength(length));
    }

    [Fact]
    public void Null_Encoding_TwoBytes() => Assert.Equal("0500", Convert.ToHexString(BerWriter.Null()));

    [Fact]
    public void CommunityGet_SysDescr_MatchesTheWireFormat()
    {
        // A v2c GET of sysDescr.0 with community "public" and request id 1, as net-snmp sends it.
        var security = new CommunitySecurity("public"u8);
        var pdu = SnmpPdu.Request(SnmpTag.GetRequest, 1, [ObjectIdentifier.Parse("1.3.6.1.2.1.1.1.0")]);

        var datagram = security.Encode(pdu, 1);

        Assert.Equal("302602010104067075626C6963A019020101020100020100300E300C06082B060102010101000500", Convert.ToHexString(datagram));
    }

    [Fact]
    public void CommunityDecode_Response_ReadsEveryValueKind()
    {
        var answer = new SnmpPdu(SnmpTag.Response, 42, 0, 0,
        [
            new(ObjectIdentifier.Parse("1.3.6.1.2.1.1.3.0"), SnmpValue.Unsigned(SnmpTag.TimeTicks, 123456)),
            new(ObjectIdentifier.Parse("1.3.6.1.2.1.1.5.0"), SnmpValue.OctetString("leaf-1")),
            new(ObjectIdentifier.Parse("1.3.6.1.2.1.1.2.0"), SnmpValue.Oid(ObjectIdentifier.Parse("1.3.6.1.4.1.8072.3.2.10"))),
            new(ObjectIdentifier.Parse("1.3.6.1.2.1.2.1.0"), SnmpValue.Integer(-7)),
            new(ObjectIdentifier.Parse("1.3.6.1.2.1.2.2.1.10.1"), SnmpValue.Unsigned(SnmpTag.Counter32, 4_000_000_000)),
            new(ObjectIdentifier.Parse("1.3.6.1.2.1.2.2.1.5.1"), SnmpValue.Unsigned(SnmpTag.Gauge32, 1_000_000_000)),
            new(ObjectIdentifier.Parse("1.3.6.1.2.1.99.0"), new SnmpValue(SnmpTag.NoSuchObject, ReadOnlyMemory<byte>.Empty)),
            new(ObjectIdentifier.Parse("1.3.6.1.2.1.99.1"), new SnmpValue(SnmpTag.EndOfMibView, ReadOnlyMemory<byte>.Empty)),
        ]);
        var security = new CommunitySecurity("public"u8);

        var decoded = security.Decode(security.Encode(answer, 42)).Pdu;

        Assert.Equal((SnmpTag.Response, 42), (decoded.Type, decoded.RequestId));
        Assert.Equal(["123456", "leaf-1", "1.3.6.1.4.1.8072.3.2.10", "-7", "4000000000", "1000000000", "noSuchObject", "endOfMibView"],
            decoded.VariableBindings.Select(b => b.Value.ToString()));
        Assert.Equal(answer.VariableBindings.Select(b => b.Oid), decoded.VariableBindings.Select(b => b.Oid));
        Assert.Equal([false, false, false, false, false, false, true, true], decoded.VariableBindings.Select(b => b.Value.IsException));
    }

    [Theory]
    [InlineData("30")]
    [InlineData("3005020101")]
    [InlineData("308502010101")]
    [InlineData("3080020101")]
    [InlineData("300304010A")]
    public void Decode_Malformed_ThrowsMalformed(string hex)
    {
        var security = new CommunitySecurity("public"u8);

        var error = Assert.Throws<SnmpException>(() => security.Decode(Convert.FromHexString(hex)));

        Assert.Equal(SnmpErrorKind.Malformed, error.Kind);
    }
}
