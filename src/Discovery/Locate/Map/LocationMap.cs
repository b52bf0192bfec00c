namespace Discovery.Locate.Map;

/// <summary>A site's cabling: its management switches, their uplinks, and which xname sits on which port.</summary>
/// <param name="File">The file it was read from.</param>
/// <param name="Switches">The switches, in file order.</param>
internal sealed record LocationMap(string File, IReadOnlyList<SwitchConfig> Switches);
