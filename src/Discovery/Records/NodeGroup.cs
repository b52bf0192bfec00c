namespace Discovery.Records;

/// <summary>A named set of nodes, with labels.</summary>
internal sealed record NodeGroup
{
    /// <summary>Stable identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>Unique group name.</summary>
    public required string Name { get; init; }

    /// <summary>Free text.</summary>
    public string? Description { get; init; }

    /// <summary>Member node xnames or ids.</summary>
    // "?? []" because source-generated JSON sets missing init-only collections to null (dotnet/runtime#84484).
    public IReadOnlyList<string> Members { get; init => field = value ?? []; } = [];

    /// <summary>Labels, as in Kubernetes.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>
    /// Name of the <see cref="Records.BootProfile"/> the group's members boot with unless a member names its own;
    /// see <see cref="BootProfileResolver"/>.
    /// </summary>
    public string? BootProfile { get; init; }

    /// <summary>When this record last changed.</summary>
    public DateTimeOffset? LastUpdated { get; init; }
}
