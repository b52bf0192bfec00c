namespace Discovery.Redfish.Collect;

/// <summary>One collect run's output: a result per target, in target order.</summary>
internal sealed record CollectResult
{
    /// <summary>Per-BMC results, in the order of <see cref="CollectRequest.Targets"/>.</summary>
    public required IReadOnlyList<BmcCollectResult> Results { get; init; }

    /// <summary>Wall time of the run.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Whether every BMC ended <see cref="BmcCollectStatus.Ok"/>.</summary>
    public bool AllOk => Results.All(r => r.Status == BmcCollectStatus.Ok);
}
