using Discovery.Redfish.Collect;

namespace Discovery.Pipeline;

/// <summary>One collect (or crawl: a collect of one BMC) as the user asked for it.</summary>
internal sealed record CollectJobRequest
{
    /// <summary>The BMCs (see <see cref="CollectTargets"/> for the last scan's).</summary>
    public required IReadOnlyList<BmcTarget> Targets { get; init; }

    /// <summary>How to collect, and whether to store and register afterwards.</summary>
    public required CollectPlan Plan { get; init; }

    /// <summary>The crawl log to write, or null for none.</summary>
    public string? LogDirectory { get; init; }

    /// <summary>The crawl-log run's description (<c>collect of 12 BMC(s)</c>).</summary>
    public string? Description { get; init; }
}
