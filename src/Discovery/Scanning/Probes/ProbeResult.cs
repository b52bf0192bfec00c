using System.Net;
using Discovery.Redfish;

namespace Discovery.Scanning.Probes;

/// <summary>
/// The result of one probe of one address (and port), BMC or not. Every probe yields exactly one result, so a
/// crawl log can keep one row per probe.
/// </summary>
internal sealed record ProbeResult
{
    /// <summary>The probed address.</summary>
    public required IPAddress Address { get; init; }

    /// <summary>The probed port (TCP for Redfish, UDP for SSDP and IPMI).</summary>
    public required int Port { get; init; }

    /// <summary>Which probe this is.</summary>
    public required ProbeKind Kind { get; init; }

    /// <summary>What it found.</summary>
    public required ProbeOutcome Outcome { get; init; }

    /// <summary>Time from the first packet to the answer (or to giving up).</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>"https" or "http" for Redfish probes (and SSDP ones confirmed over the AL URL); null otherwise.</summary>
    public string? Scheme { get; init; }

    /// <summary>The ServiceRoot fields when <see cref="Outcome"/> is <see cref="ProbeOutcome.Bmc"/>; otherwise null.</summary>
    public ServiceRoot? ServiceRoot { get; init; }

    /// <summary>SHA-256 of the server's TLS certificate (DER), 64 lower-case hex digits; null without TLS.</summary>
    public string? TlsFingerprint { get; init; }

    /// <summary>The SSDP AL (service root URL) the device announced, for SSDP probes; the mDNS instance name for mDNS ones.</summary>
    public string? Location { get; init; }

    /// <summary>What went wrong, in one line, when the outcome is not a success; never holds credentials.</summary>
    public string? Error { get; init; }

    /// <summary>The Redfish service's TCP port: the probed one, or for SSDP the port of the AL it announced.</summary>
    public int ServicePort => Kind == ProbeKind.Ssdp && Uri.TryCreate(Location, UriKind.Absolute, out var location) ? location.Port : Port;

    /// <summary>True when this probe found a Redfish BMC.</summary>
    public bool IsBmc => Outcome == ProbeOutcome.Bmc;
}
