namespace Discovery.Scanning;

/// <summary>A BMC a scan found: where to reach its Redfish service and what its ServiceRoot says.</summary>
internal sealed record DiscoveredBmc
{
    /// <summary>IP address (the one that answered).</summary>
    public required string Address { get; init; }

    /// <summary>TCP port of the Redfish service.</summary>
    public required int Port { get; init; }

    /// <summary>"https" or "http".</summary>
    public required string Scheme { get; init; }

    /// <summary>The service's base URI, e.g. <c>https://10.0.0.5:443/</c> (the crawler appends redfish/v1/).</summary>
    public required string BaseUri { get; init; }

    /// <summary>ServiceRoot UUID, lower case; null when the BMC publishes none.</summary>
    public string? Uuid { get; init; }

    /// <summary>ServiceRoot RedfishVersion.</summary>
    public string? RedfishVersion { get; init; }

    /// <summary>ServiceRoot Vendor (or inferred from its Oem key).</summary>
    public string? Vendor { get; init; }

    /// <summary>ServiceRoot Product.</summary>
    public string? Product { get; init; }

    /// <summary>ServiceRoot Name.</summary>
    public string? Name { get; init; }

    /// <summary>Probe latency in milliseconds (connect, TLS and GET).</summary>
    public double LatencyMs { get; init; }

    /// <summary>SHA-256 of the TLS certificate, lower-case hex; null over plain HTTP.</summary>
    public string? TlsFingerprint { get; init; }

    /// <summary>Which probes found it: "mdns", "redfish", "ssdp".</summary>
    public IReadOnlyList<string> FoundBy { get; init; } = [];

    /// <summary>True when it also answered the IPMI presence ping (only known when --ipmi was used).</summary>
    public bool AnswersIpmi { get; init; }
}
