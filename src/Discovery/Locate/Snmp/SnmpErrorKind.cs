namespace Discovery.Locate.Snmp;

/// <summary>Why an SNMP exchange with one switch failed.</summary>
internal enum SnmpErrorKind
{
    /// <summary>No answer within the timeout after every retry (the switch is down, or a v2c community is wrong: agents drop those silently).</summary>
    Timeout,

    /// <summary>The agent rejected the v3 credentials (wrong authentication password: usmStatsWrongDigests, or an answer whose digest did not verify).</summary>
    AuthenticationFailed,

    /// <summary>The agent does not know the v3 user (usmStatsUnknownUserNames).</summary>
    UnknownUser,

    /// <summary>The agent could not decrypt the request (wrong privacy password: usmStatsDecryptionErrors), or we could not decrypt its answer.</summary>
    DecryptionFailed,

    /// <summary>The agent answered with another v3 report or does not support the security level asked for.</summary>
    Refused,

    /// <summary>The agent answered with an error status (noSuchName, genErr, ...).</summary>
    AgentError,

    /// <summary>An answer could not be decoded.</summary>
    Malformed,

    /// <summary>The socket failed (no route, port unreachable).</summary>
    Network,
}
