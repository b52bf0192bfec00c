namespace Discovery.Boot.Sessions;

/// <summary>One node of a boot session: what it should boot, how far it got, its own error and retries.</summary>
internal sealed record BootSessionNode
{
    /// <summary>The session's name.</summary>
    public required string Session { get; init; }

    /// <summary>The node's xname.</summary>
    public required string Node { get; init; }

    /// <summary>The node's inventory id.</summary>
    public Guid NodeId { get; init; }

    /// <summary>The boot set that named the node.</summary>
    public string? BootSet { get; init; }

    /// <summary>The boot profile it boots with.</summary>
    public string? Profile { get; init; }

    /// <summary>Desired kernel URL.</summary>
    public string? Kernel { get; init; }

    /// <summary>Desired initrd URL.</summary>
    public string? Initrd { get; init; }

    /// <summary>Desired kernel parameters (the profile's, then the boot set's).</summary>
    public string? Params { get; init; }

    /// <summary>See <see cref="BootSessionStatus"/>.</summary>
    public string Status { get; init; } = BootSessionStatus.Pending;

    /// <summary>The step it is in or last did: <c>bss</c>, <c>cloud_init</c>, <c>powering_off</c>, <c>powering_on</c>, <c>done</c>.</summary>
    public string? Phase { get; init; }

    /// <summary>The last power action sent (reset types, comma-separated).</summary>
    public string? LastAction { get; init; }

    /// <summary>Why its last attempt failed.</summary>
    public string? Error { get; init; }

    /// <summary>Attempts that failed and were tried again (or gave up).</summary>
    public int RetryCount { get; init; }

    /// <summary>PowerState last read from its BMC.</summary>
    public string? PowerState { get; init; }

    /// <summary>When this row last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it reached a final state.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
