namespace Discovery.Locate.Snmp;

/// <summary>How requests to one agent are wrapped and answers unwrapped: a v2c community or a v3 USM user.</summary>
internal interface ISnmpSecurity
{
    /// <summary>Describes the security for messages (<c>v2c</c>, <c>v3 user NAME</c>), never with a secret.</summary>
    string Describe();

    /// <summary>Whatever must happen before the first request (v3 engine discovery); nothing for v2c.</summary>
    Task PrepareAsync(SnmpClient client, CancellationToken cancellationToken);

    /// <summary>The datagram carrying <paramref name="pdu"/> as message <paramref name="messageId"/>.</summary>
    byte[] Encode(SnmpPdu pdu, int messageId);

    /// <summary>Unwraps an answer.</summary>
    /// <exception cref="SnmpException">The datagram is malformed, or (v3) fails authentication or decryption.</exception>
    SnmpIncoming Decode(ReadOnlyMemory<byte> datagram);

    /// <summary>
    /// Acts on a Report PDU: true when sending the request again can succeed (a v3 time-window resync);
    /// otherwise throws the <see cref="SnmpException"/> the report means.
    /// </summary>
    bool OnReport(SnmpIncoming report);

    /// <summary>What silence from the agent most likely means with this security, as an error kind and a hint.</summary>
    (SnmpErrorKind Kind, string Hint) Silence();
}
