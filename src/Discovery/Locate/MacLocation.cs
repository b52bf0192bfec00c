namespace Discovery.Locate;

/// <summary>Where one MAC sits: its edge port and the xname the map gives that port, or why it has none.</summary>
internal sealed record MacLocation
{
    /// <summary>Lower-case colon form.</summary>
    public required string Mac { get; init; }

    /// <summary>The outcome.</summary>
    public required PlacementStatus Status { get; init; }

    /// <summary>The switch of the edge port.</summary>
    public string? Switch { get; init; }

    /// <summary>The edge port's name (ifName, else bridge port number).</summary>
    public string? Port { get; init; }

    /// <summary>The VLAN it was learnt in (Q-BRIDGE only).</summary>
    public int? Vlan { get; init; }

    /// <summary>The map's xname for that port.</summary>
    public string? Xname { get; init; }

    /// <summary>Every switch/port the MAC was seen on (uplinks marked), for the reason of an unplaced one.</summary>
    public IReadOnlyList<string> SeenOn { get; init; } = [];

    /// <summary>A one-line reason for anything but <see cref="PlacementStatus.Placed"/>.</summary>
    public string Describe() => Status switch
    {
        PlacementStatus.Placed => $"{Switch} port {Port} -> {Xname}",
        PlacementStatus.PortNotMapped => $"on {Switch} port {Port}, which the location map gives no xname",
        PlacementStatus.UplinkOnly => $"seen only on uplinks ({string.Join(", ", SeenOn)})",
        PlacementStatus.Ambiguous => $"on several edge ports ({string.Join(", ", SeenOn)})",
        _ => "in no switch's forwarding table",
    };
}
