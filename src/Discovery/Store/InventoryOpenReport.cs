namespace Discovery.Store;

/// <summary>What opening the store had to do besides opening, so the caller can say so.</summary>
internal sealed record InventoryOpenReport
{
    /// <summary>The snapshot loaded because the working set was missing or unreadable; null when none was.</summary>
    public string? RestoredSnapshot { get; init; }

    /// <summary>Where an unreadable working set was moved aside (kept for inspection); null when it read fine.</summary>
    public string? MovedAside { get; init; }

    /// <summary>Why the working set could not be read, when it could not.</summary>
    public string? Problem { get; init; }

    /// <summary>Snapshots that were skipped because they did not read, with the reason.</summary>
    public IReadOnlyList<string> SkippedSnapshots { get; init; } = [];
}
