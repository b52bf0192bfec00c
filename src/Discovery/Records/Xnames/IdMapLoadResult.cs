namespace Discovery.Records.Xnames;

/// <summary>The outcome of loading an id map: the map, or every problem found (not only the first).</summary>
internal sealed record IdMapLoadResult
{
    /// <summary>The loaded map; null when <see cref="Errors"/> is not empty.</summary>
    public IdMap? Map { get; init; }

    /// <summary>Every problem found, in file order; empty on success.</summary>
    public IReadOnlyList<IdMapError> Errors { get; init; } = [];

    /// <summary>True when the file loaded without problems.</summary>
    public bool Success => Map is not null && Errors.Count == 0;
}
