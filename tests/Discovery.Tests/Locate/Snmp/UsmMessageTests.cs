using Discovery.Locate.Snmp;

namespace Discovery.Tests.Locate.Snmp;

public sealed class UsmMessageTests
{
    private static readonly byte[] EngineId = Convert.FromHexString("80001F8880E9630000D61FF449");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Encode_AuthOffset_PointsAtTheDigestTheDecoderFinds(int protocolCode)
    {
        var protocol = (UsmAuthProtocol)protocolCode;
        var key = UsmKeys.Localize(protocol, UsmKeys.PasswordToKey(protocol, "authpass1"u8), EngineId);
        var scoped = UsmMessage.ScopedPdu(EngineId, SnmpPdu.Request(SnmpTag.GetRequest, 7, [ObjectIdentifier.Parse("1.3.6.1.2.1.1.1.0")]));
        var (datagram, offset) = UsmMessage.Encode(new UsmMessage.Outgoing(
            9, UsmMessage.AuthFlag | UsmMessage.ReportableFlag, EngineId, 4, 1234, "ops", scoped, [], UsmKeys.DigestLength(protocol)));
        UsmKeys.Digest(protocol, key, datagram).CopyTo(datagram, offset);

        var (messageId, flags, security, data) = UsmMessage.Decode(datagram);

        Assert.Equal((9, (byte)5, 4, 1234, "ops"), (messageId, flags, security.EngineBoots, security.EngineTime, security.UserName));
        Assert.Equal(EngineId, security.EngineId);
        Assert.Equal(offset, security.AuthOffset);
        Assert.True(UsmMessage.Verify(protocol, key, datagram, security));
        Assert.Equal(SnmpTag.Sequence, data.Tag);

        // One changed byte anywhere breaks the digest.
        datagram[^1] ^= 1;
        Assert.False(UsmMessage.Verify(protocol, key, datagram, UsmMessage.Decode(datagram).Security));
    }

    [Fact]
    public void Decode_Report_ReadsTheEngineFields()
    {
        var report = new SnmpPdu(SnmpTag.Report, 1, 0, 0, [new(UsmReports.UnknownEngineIds, SnmpValue.Unsigned(SnmpTag.Counter32, 3))]);
        var (datagram, _) = UsmMessage.Encode(new UsmMessage.Outgoing(5, 0, EngineId, 2, 77, string.Empty, UsmMessage.ScopedPdu(EngineId, report), [], 0));

        var (_, _, security, data) = UsmMessage.Decode(datagram);

        Assert.Equal((2, 77), (security.EngineBoots, security.EngineTime));
        var pdu = SnmpPdu.Decode(data.Open().Skip(2).Read());
        Assert.Equal(UsmReports.UnknownEngineIds, pdu.VariableBindings[0].Oid);
    }

    [Fact]
    public void Failure_WrongDigests_NamesTheUserAndNoSecret()
    {
        var error = UsmReports.Failure(UsmReports.WrongDigests, "ops");

        Assert.Equal(SnmpErrorKind.AuthenticationFailed, error.Kind);
        Assert.Contains("v3 user ops", error.Message, StringComparison.Ordinal);
    }
}

internal static class BerReaderSkip
{
    public static BerReader Skip(this BerReader reader, int count)
    {
        for (var i = 0; i < count; i++)
        {
            reader.Read();
        }

        return reader;
    }
}
