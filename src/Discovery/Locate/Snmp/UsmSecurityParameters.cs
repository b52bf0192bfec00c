namespace Discovery.Locate.Snmp;

/// <summary>
/// The UsmSecurityParameters of a message (RFC 3414 section 2.4), plus where the authentication parameters sit
/// in the whole datagram so they can be zeroed for the digest check.
/// </summary>
internal sealed record UsmSecurityParameters(
    byte[] EngineId, int EngineBoots, int EngineTime, string UserName, ReadOnlyMemory<byte> AuthParameters, int AuthOffset, ReadOnlyMemory<byte> PrivParameters);
