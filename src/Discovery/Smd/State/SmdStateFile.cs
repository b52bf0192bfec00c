namespace Discovery.Smd.State;

/// <summary>The registration state file: per SMD base URL, per xname, what SMD last confirmed.</summary>
internal sealed record SmdStateFile
{
    /// <summary>Format version of the file.</summary>
    public int Version { get; init; } = 1;

    /// <summary>SMD base URL (<see cref="Http.SmdClientOptions.StateKey"/>) to xname to entry.</summary>
    public Dictionary<string, Dictionary<string, SmdStateEntry>> Smd { get; init; } = [];
}
