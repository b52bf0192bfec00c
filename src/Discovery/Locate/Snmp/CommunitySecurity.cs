namespace Discovery.Locate.Snmp;

/// <summary>SNMPv2c (RFC 1901): the community travels in clear in each message; it is never printed.</summary>
internal sealed class CommunitySecurity : ISnmpSecurity
{
    private const int Version2c = 1;
    private readonly byte[] _community;

    /// <summary>Security with <paramref name="community"/> (raw bytes, as read from the file or secrets store).</summary>
    public CommunitySecurity(ReadOnlySpan<byte> community)
    {
        _community = community.ToArray();
    }

    /// <inheritdoc/>
    public string Describe() => "v2c";

    /// <inheritdoc/>
    public Task PrepareAsync(SnmpClient client, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public byte[] Encode(SnmpPdu pdu, int messageId)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        return BerWriter.Sequence(BerWriter.Integer(Version2c), BerWriter.OctetString(_community), pdu.Encode());
    }

    /// <inheritdoc/>
    public SnmpIncoming Decode(ReadOnlyMemory<byte> datagram)
    {
        var message = new BerReader(datagram).ReadConstructed(SnmpTag.Sequence);
        var version = message.ReadInteger();
        if (version != Version2c)
        {
            throw BerReader.Malformed($"an answer of SNMP version code {version}, expected v2c");
        }

        // The community of an answer is not checked: the agent echoes ours, and comparing would only drop answers.
        message.ReadOctetString();
        var pdu = SnmpPdu.Decode(message.Read());
        return new SnmpIncoming(pdu.RequestId, pdu);
    }

    /// <inheritdoc/>
    public (SnmpErrorKind Kind, string Hint) Silence() =>
        // Agents drop a request with an unknown community without a word (RFC 3584 section 4.2, snmpInBadCommunityNames).
        (SnmpErrorKind.Timeout, "wrong community, or no agent there");

    /// <inheritdoc/>
    public bool OnReport(SnmpIncoming report) =>
        throw new SnmpException(SnmpErrorKind.Refused, "the agent answered a v2c request with a report");
}
