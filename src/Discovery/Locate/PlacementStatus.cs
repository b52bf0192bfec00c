namespace Discovery.Locate;

/// <summary>What the switches say about one MAC.</summary>
internal enum PlacementStatus
{
    /// <summary>On exactly one edge port, which the map names an xname for.</summary>
    Placed,

    /// <summary>On exactly one edge port, which the map gives no xname.</summary>
    PortNotMapped,

    /// <summary>Seen only on uplink or trunk ports: its edge port is on a switch not read (or not in the map).</summary>
    UplinkOnly,

    /// <summary>On edge ports of more than one switch or port.</summary>
    Ambiguous,

    /// <summary>In no forwarding table read.</summary>
    NotSeen,
}
