namespace Discovery.Locate;

/// <summary>What a locate pass found: each switch's outcome and table, and every MAC's location.</summary>
/// <param name="Switches">One table per switch of the map, in map order (failed ones carry their error).</param>
/// <param name="Locations">Every MAC seen, by lower-case colon MAC.</param>
internal sealed record LocateReport(IReadOnlyList<SwitchTable> Switches, IReadOnlyDictionary<string, MacLocation> Locations)
{
    /// <summary>The location of <paramref name="mac"/> (lower-case colon form); <see cref="PlacementStatus.NotSeen"/> when no table has it.</summary>
    public MacLocation Find(string mac) =>
        Locations.TryGetValue(mac, out var found) ? found : new MacLocation { Mac = mac, Status = PlacementStatus.NotSeen };

    /// <summary>True when at least one switch failed.</summary>
    public bool AnySwitchFailed => Switches.Any(s => s.Error is not null);
}
