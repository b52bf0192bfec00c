namespace Discovery.CrawlLog;

/// <summary>One row of the crawl log's <c>switch_ports</c> table: a MAC a switch learnt on a port, in a run.</summary>
internal sealed record SwitchPortRow
{
    /// <summary>The switch's name in the location map.</summary>
    public required string Switch { get; init; }

    /// <summary>The bridge port number.</summary>
    public int Port { get; init; }

    /// <summary>The port's ifName, when the switch has one.</summary>
    public string? IfName { get; init; }

    /// <summary>Lower-case colon form.</summary>
    public required string Mac { get; init; }

    /// <summary>The VLAN (dot1qFdbId), null from the BRIDGE-MIB fallback.</summary>
    public int? Vlan { get; init; }

    /// <summary>True when the locate rules count the port as an uplink.</summary>
    public bool Uplink { get; init; }
}
