namespace Discovery.Pipeline;

/// <summary>The result of <see cref="DiscoveryPass.RunAsync"/>: the pass's outcome, or who held the lock.</summary>
internal sealed record PassResult
{
    /// <summary>What the pass did; null when another pass held the lock and nothing was done.</summary>
    public PassOutcome? Outcome { get; init; }

    /// <summary>The lock file.</summary>
    public required string LockFile { get; init; }

    /// <summary>Who holds the lock (<c>pid 42 since ...</c>) when <see cref="Outcome"/> is null.</summary>
    public string? LockHolder { get; init; }
}
