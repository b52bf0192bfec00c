using System.Security.Cryptography;
using System.Text;

namespace Discovery.Locate.Snmp;

/// <summary>
/// The SNMPv3 message (RFC 3412 section 6) with USM security parameters (RFC 3414 section 2.4):
/// SEQUENCE { version 3, msgGlobalData, OCTET STRING(UsmSecurityParameters), ScopedPDU or its ciphertext }.
/// </summary>
internal static class UsmMessage
{
    /// <summary>msgFlags bits.</summary>
    public const byte AuthFlag = 0x01;
    public const byte PrivFlag = 0x02;
    public const byte ReportableFlag = 0x04;

    private const int Version3 = 3;
    private const int UsmModel = 3;
    private const int MaxSize = 65507;

    /// <summary>What to put in one outgoing message.</summary>
    internal sealed record Outgoing(int MessageId, byte Flags, byte[] EngineId, int Boots, int Time, string User, byte[] ScopedPduOrCipher, byte[] PrivParameters, int DigestLength);

    /// <summary>
    /// Encodes <paramref name="message"/> with zeroed authentication parameters of the digest length and returns
    /// where they sit, so the caller can write the digest over the finished datagram.
    /// </summary>
    public static (byte[] Datagram, int AuthOffset) Encode(Outgoing message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var head = Concat(
            BerWriter.OctetString(message.EngineId), BerWriter.Integer(message.Boots), BerWriter.Integer(message.Time),
            BerWriter.OctetString(Encoding.UTF8.GetBytes(message.User)));
        var auth = BerWriter.OctetString(new byte[message.DigestLength]);
        var priv = BerWriter.OctetString(message.PrivParameters);
        var security = BerWriter.Sequence(head, auth, priv);
        var wrapped = BerWriter.OctetString(security);
        var version = BerWriter.Integer(Version3);
        var global = BerWriter.Sequence(
            BerWriter.Integer(message.MessageId), BerWriter.Integer(MaxSize), BerWriter.OctetString([message.Flags]), BerWriter.Integer(UsmModel));
        var data = (message.Flags & PrivFlag) != 0 ? BerWriter.OctetString(message.ScopedPduOrCipher) : message.ScopedPduOrCipher;
        var datagram = BerWriter.Sequence(version, global, wrapped, data);

        // From the outside in: the message header, version, global data, the OCTET STRING's header, the
        // SEQUENCE's header, the fields before the digest, then the digest OCTET STRING's own header.
        var bodyLength = version.Length + global.Length + wrapped.Length + data.Length;
        var securityContent = head.Length + auth.Length + priv.Length;
        var offset = BerWriter.HeaderLength(bodyLength) + version.Length + global.Length + BerWriter.HeaderLength(security.Length)
            + BerWriter.HeaderLength(securityContent) + head.Length + BerWriter.HeaderLength(message.DigestLength);
        return (datagram, offset);
    }

    /// <summary>The ScopedPDU (context engine ID, context name, PDU).</summary>
    public static byte[] ScopedPdu(byte[] contextEngineId, SnmpPdu pdu, byte[]? contextName = null) =>
        BerWriter.Sequence(BerWriter.OctetString(contextEngineId), BerWriter.OctetString(contextName ?? []), pdu.Encode());

    /// <summary>Decodes the outer layers: message id, flags, security parameters, and the scoped PDU or its ciphertext.</summary>
    public static (int MessageId, byte Flags, UsmSecurityParameters Security, BerElement Data) Decode(ReadOnlyMemory<byte> datagram)
    {
        var message = new BerReader(datagram).ReadConstructed(SnmpTag.Sequence);
        var version = message.ReadInteger();
        if (version != Version3)
        {
            throw BerReader.Malformed($"an answer of SNMP version code {version}, expected v3");
        }

        var global = message.ReadConstructed(SnmpTag.Sequence);
        var messageId = (int)global.ReadInteger();
        global.ReadInteger();
        var flags = global.ReadOctetString();
        var model = global.ReadInteger();
        if (flags.Length != 1 || model != UsmModel)
        {
            throw BerReader.Malformed("bad msgFlags or a security model other than USM");
        }

        var security = message.Read(SnmpTag.OctetString).Open().ReadConstructed(SnmpTag.Sequence);
        var engineId = security.ReadOctetString().ToArray();
        var boots = (int)security.ReadInteger();
        var time = (int)security.ReadInteger();
        var user = Encoding.UTF8.GetString(security.ReadOctetString().Span);
        var auth = security.Read(SnmpTag.OctetString);
        var priv = security.ReadOctetString();
        var parameters = new UsmSecurityParameters(engineId, boots, time, user, auth.Content, auth.Offset, priv);
        return (messageId, flags.Span[0], parameters, message.Read());
    }

    /// <summary>True when the digest in <paramref name="datagram"/> matches one computed with it zeroed.</summary>
    public static bool Verify(UsmAuthProtocol protocol, ReadOnlySpan<byte> key, ReadOnlySpan<byte> datagram, UsmSecurityParameters security)
    {
        ArgumentNullException.ThrowIfNull(security);
        if (security.AuthParameters.Length != UsmKeys.DigestLength(protocol))
        {
            return false;
        }

        var copy = datagram.ToArray();
        copy.AsSpan(security.AuthOffset, security.AuthParameters.Length).Clear();
        return CryptographicOperations.FixedTimeEquals(UsmKeys.Digest(protocol, key, copy), security.AuthParameters.Span);
    }

    private static byte[] Concat(params ReadOnlySpan<byte[]> parts)
    {
        var result = new List<byte>();
        foreach (var part in parts)
        {
            result.AddRange(part);
        }

        return [.. result];
    }
}
