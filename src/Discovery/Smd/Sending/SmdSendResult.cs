namespace Discovery.Smd.Sending;

/// <summary>The outcome of a send: a result per BMC in input order, and the planned requests of a dry run.</summary>
internal sealed record SmdSendResult
{
    /// <summary>One per BMC, in the order given.</summary>
    public required IReadOnlyList<SmdBmcResult> Results { get; init; }

    /// <summary>The requests a dry run would send (empty otherwise).</summary>
    public IReadOnlyList<SmdPlannedRequest> Planned { get; init; } = [];

    /// <summary>The SMD base URL used.</summary>
    public required string Smd { get; init; }

    /// <summary>True when no BMC failed.</summary>
    public bool AllOk => Results.All(r => r.Action != SmdAction.Failed);

    /// <summary>BMCs with <paramref name="action"/>.</summary>
    public int Count(SmdAction action) => Results.Count(r => r.Action == action);
}
