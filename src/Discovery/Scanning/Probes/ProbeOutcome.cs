namespace Discovery.Scanning.Probes;

/// <summary>What one probe found. Every value but <see cref="Bmc"/> and <see cref="Answered"/> means "not a BMC here".</summary>
internal enum ProbeOutcome
{
    /// <summary>A Redfish service answered and its ServiceRoot parsed.</summary>
    Bmc,

    /// <summary>Something answered HTTP on the port, but not with a Redfish ServiceRoot.</summary>
    NotRedfish,

    /// <summary>The TCP connection was refused (port closed), or a UDP probe got ICMP port unreachable.</summary>
    Closed,

    /// <summary>No complete answer within the per-probe timeout (filtered port, hung service).</summary>
    Timeout,

    /// <summary>The port accepted TCP but the TLS handshake failed (often a plain-HTTP service; try --http).</summary>
    TlsFailed,

    /// <summary>The host or network is unreachable.</summary>
    Unreachable,

    /// <summary>A UDP probe was answered (IPMI pong, or an SSDP reply not confirmed as Redfish).</summary>
    Answered,

    /// <summary>Any other failure; see the result's error message.</summary>
    Error,
}
