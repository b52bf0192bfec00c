using Discovery.Records.Xnames;

namespace Discovery.Locate;

/// <summary>What a locate pass found: each switch's outcome and table, and every MAC's location.</summary>
/// <param name="Switches">One table per switch of the map, in map order (failed ones carry their error).</param>
/// <param name="Locations">Every MAC seen, by lower-case colon MAC.</param>
internal sealed record LocateReport(IReadOnlyList<SwitchTable> Switches, IReadOnlyDictionary<string, MacLocation> Locations)
{
    /// <summary>Every forwarding-table row of every switch read, with its uplink flag (the crawl log's <c>switch_ports</c>).</summary>
    public IReadOnlyList<CrawlLog.SwitchPortRow> Rows { get; init; } = [];

    /// <summary>Every xname the map names (derived xnames stay clear of them).</summary>
    public IReadOnlySet<Xname> MappedXnames { get; init; } = new HashSet<Xname>();

    /// <summary>The edge switch/port of <paramref name="mac"/> and the map's xname for it (null when the map names none); null when not on one edge port.</summary>
    public (Xname? Xname, string SwitchPort)? Place(string mac) =>
        Find(mac) is { Status: PlacementStatus.Placed or PlacementStatus.PortNotMapped } found
            ? (found.Xname is { } xname ? Xname.Parse(xname) : null, $"{found.Switch}/{found.Port}")
            : null;

    /// <summary>The location of <paramref name="mac"/> (lower-case colon form); <see cref="PlacementStatus.NotSeen"/> when no table has it.</summary>
    public MacLocation Find(string mac) =>
        Locations.TryGetValue(mac, out var found) ? found : new MacLocation { Mac = mac, Status = PlacementStatus.NotSeen };

    /// <summary>The switches that could not be read (each carries its error), in map order.</summary>
    public IReadOnlyList<SwitchTable> FailedSwitches => [.. Switches.Where(s => s.Error is not null)];

    /// <summary>
    /// The locations people read, by switch, port (<see cref="PortOrder"/>) and MAC, those of no switch last; MACs seen only
    /// on uplinks (they belong to other switches' edge ports) only when <paramref name="withUplinkOnly"/> is set.
    /// </summary>
    public IReadOnlyList<MacLocation> Listed(bool withUplinkOnly) =>
    [
        .. Locations.Values
            .Where(l => withUplinkOnly || l.Status != PlacementStatus.UplinkOnly)
            .OrderBy(l => l.Switch ?? "~", StringComparer.Ordinal).ThenBy(l => l.Port, PortOrder.Instance).ThenBy(l => l.Mac, StringComparer.Ordinal),
    ];

    /// <summary>True when at least one switch failed.</summary>
    public bool AnySwitchFailed => Switches.Any(s => s.Error is not null);
}
