namespace Discovery.Locate;

/// <summary>One line of <c>discover locate</c>: a MAC, its edge port and xname, or why it has none.</summary>
internal sealed record LocateRow
{
    /// <summary>Lower-case colon form.</summary>
    public required string Mac { get; init; }

    /// <summary><c>placed</c>, <c>port_not_mapped</c>, <c>uplink_only</c>, <c>ambiguous</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The edge port's switch.</summary>
    public string? Switch { get; init; }

    /// <summary>The edge port.</summary>
    public string? Port { get; init; }

    /// <summary>The VLAN (Q-BRIDGE).</summary>
    public int? Vlan { get; init; }

    /// <summary>The map's xname for the port.</summary>
    public string? Xname { get; init; }

    /// <summary>Every switch/port the MAC was seen on.</summary>
    public IReadOnlyList<string> SeenOn { get; init; } = [];

    /// <summary>The row of <paramref name="location"/>.</summary>
    public static LocateRow From(MacLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new LocateRow
        {
            Mac = location.Mac, Status = StatusText(location.Status), Switch = location.Switch, Port = location.Port,
            Vlan = location.Vlan, Xname = location.Xname, SeenOn = location.SeenOn,
        };
    }

    /// <summary>The snake_case name of <paramref name="status"/>.</summary>
    public static string StatusText(PlacementStatus status) => status switch
    {
        PlacementStatus.Placed => "placed",
        PlacementStatus.PortNotMapped => "port_not_mapped",
        PlacementStatus.UplinkOnly => "uplink_only",
        PlacementStatus.Ambiguous => "ambiguous",
        _ => "not_seen",
    };
}
