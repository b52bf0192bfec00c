namespace Discovery.Scanning;

/// <summary>What a scan found, once every probe has finished.</summary>
internal sealed record ScanReport
{
    /// <summary>The BMCs, each once, sorted by address then port.</summary>
    public required IReadOnlyList<DiscoveredBmc> Bmcs { get; init; }

    /// <summary>Addresses that answered the IPMI ping but showed no Redfish service (sorted).</summary>
    public required IReadOnlyList<string> IpmiOnly { get; init; }

    /// <summary>How many probes ran.</summary>
    public required long ProbeCount { get; init; }

    /// <summary>How many probes ended in each outcome (outcome name to count).</summary>
    public required IReadOnlyDictionary<string, long> Outcomes { get; init; }
}
