using Discovery.Targets;
using Discovery.Scanning.Probes;

namespace Discovery.Scanning;

/// <summary>What one scan probes and how hard. Defaults suit a /16 on a management network.</summary>
internal sealed record ScanRequest
{
    /// <summary>The addresses to probe (see <see cref="TargetSetBuilder"/>).</summary>
    public required TargetSet Targets { get; init; }

    /// <summary>TCP ports for the Redfish probe; default 443 over HTTPS.</summary>
    public IReadOnlyList<ScanPort> Ports { get; init; } = [new(443)];

    /// <summary>
    /// Probes in flight at most; each holds one socket, so this also bounds open file descriptors. 512 keeps a
    /// /16 with a 3 s timeout under 7 minutes of worst-case silence and far below a 1,024 fd soft limit.
    /// </summary>
    public int Concurrency { get; init; } = 512;

    /// <summary>
    /// Per-probe time limit (default 3 s): for the TCP connect, and once more for the TLS handshake and GET of a port
    /// that accepted.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Also send a unicast Redfish SSDP M-SEARCH to each target.</summary>
    public bool Ssdp { get; init; }

    /// <summary>UDP port for SSDP (default 1900).</summary>
    public int SsdpPort { get; init; } = SsdpProbe.DefaultPort;

    /// <summary>Also send one M-SEARCH to 239.255.255.250:1900 (answers from outside the targets are ignored).</summary>
    public bool SsdpMulticast { get; init; }

    /// <summary>Also send the IPMI RMCP/ASF presence ping to each target.</summary>
    public bool Ipmi { get; init; }

    /// <summary>Also browse mDNS for <c>_redfish._tcp</c> and <c>_obmc_redfish._tcp</c> and confirm each service advertised.</summary>
    public bool Mdns { get; init; }

    /// <summary>How long the mDNS browse listens for answers (default 3 s).</summary>
    public TimeSpan MdnsDuration { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>UDP port for the IPMI ping (default 623).</summary>
    public int IpmiPort { get; init; } = IpmiProbe.DefaultPort;
}
