namespace Discovery.Scanning.Probes;

/// <summary>Which probe produced a result.</summary>
internal enum ProbeKind
{
    /// <summary>TCP connect to a port, then an unauthenticated GET of /redfish/v1/.</summary>
    Redfish,

    /// <summary>Redfish SSDP M-SEARCH (DSP0266 section "Discovery"), confirmed with a GET of the AL URL.</summary>
    Ssdp,

    /// <summary>IPMI RMCP/ASF presence ping on UDP (DSP0136), answered by a pong.</summary>
    Ipmi,

    /// <summary>An mDNS advertisement of <c>_redfish._tcp</c> or <c>_obmc_redfish._tcp</c>, confirmed with a GET of /redfish/v1/.</summary>
    Mdns,
}
