namespace Discovery.Store;

/// <summary>One change of one record, as <c>discover history</c> and <c>GET /nodes/{id}/history</c> show it.</summary>
internal sealed record HistoryEvent
{
    /// <summary>Position in the store's history (the version the change produced); increases with time.</summary>
    public required long Sequence { get; init; }

    /// <summary>When the change was stored (UTC).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The kind of record (<c>node</c>, <c>bmc</c>, <c>interface</c>, <c>group</c>, <c>boot_profile</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>The record's id.</summary>
    public required Guid RecordId { get; init; }

    /// <summary>The record's xname or name at the time, when it had one.</summary>
    public string? Label { get; init; }

    /// <summary>Added, changed or removed.</summary>
    public required ChangeKind Event { get; init; }

    /// <summary>The fields that changed (for <see cref="ChangeKind.Changed"/>; empty otherwise).</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>Who made the change (<c>collect</c>, <c>apply</c>, <c>cli</c>, <c>api:SUBJECT</c>).</summary>
    public string? Actor { get; init; }
}
