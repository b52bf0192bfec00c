namespace Discovery.Records.Xnames;

/// <summary>A BMC's xname, where it came from (<see cref="XnameSources"/>), and the switch port that placed it.</summary>
internal sealed record BmcName(string Xname, string Source, string? SwitchPort = null);
