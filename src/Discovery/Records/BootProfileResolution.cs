namespace Discovery.Records;

/// <summary>Which boot profile a node boots with, and where that choice came from.</summary>
internal sealed record BootProfileResolution
{
    /// <summary>The effective profile's name.</summary>
    public required string ProfileName { get; init; }

    /// <summary>The profile itself; null when no profile of that name exists (a dangling reference).</summary>
    public BootProfile? Profile { get; init; }

    /// <summary>The group the profile was inherited from; null when the node names the profile itself.</summary>
    public string? FromGroup { get; init; }
}
