namespace Discovery.Locate;

/// <summary>What one switch's walk found, or why it failed (a per-switch outcome, never an exception for the others).</summary>
/// <param name="Switch">The switch's name in the location map.</param>
/// <param name="Entries">Its forwarding table (empty when the walk failed).</param>
/// <param name="Neighbours">LLDP neighbour system names by bridge port, where the switch has the LLDP-MIB.</param>
/// <param name="Source">Which table the entries came from (<c>dot1qTpFdbPort</c> or <c>dot1dTpFdbPort</c>).</param>
/// <param name="Error">Why the walk failed (no secret in it), or null.</param>
internal sealed record SwitchTable(
    string Switch, IReadOnlyList<FdbEntry> Entries, IReadOnlyDictionary<int, string> Neighbours, string? Source, string? Error)
{
    /// <summary>A failed walk.</summary>
    public static SwitchTable Failed(string name, string error) => new(name, [], new Dictionary<int, string>(), null, error);
}
