namespace Discovery.Smd.State;

/// <summary>What SMD confirmed for one BMC: the hash of everything sent (password excluded) and when.</summary>
internal sealed record SmdStateEntry
{
    /// <summary>SHA-256 (lower-case hex) of the registration's bodies, the password masked.</summary>
    public required string Hash { get; init; }

    /// <summary>When SMD's read-back confirmed it.</summary>
    public DateTimeOffset ConfirmedAt { get; init; }
}
