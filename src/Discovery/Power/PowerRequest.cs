using Discovery.Redfish.Http;

namespace Discovery.Power;

/// <summary>One <c>discover power</c> run as asked.</summary>
internal sealed record PowerRequest
{
    /// <summary>Required. What to do.</summary>
    public required PowerAction Action { get; init; }

    /// <summary>Required. The nodes (see <see cref="PowerTargets"/>).</summary>
    public required IReadOnlyList<PowerTarget> Targets { get; init; }

    /// <summary>Timeouts, retries and TLS towards the BMCs (as collect).</summary>
    public RedfishClientOptions Client { get; init; } = new();

    /// <summary>BMCs worked on at once (default 16). Each BMC gets one session, whatever its number of nodes.</summary>
    public int MaxParallelBmcs { get; init; } = 16;

    /// <summary>How long a node may take to reach its target state after the reset (default 5 min).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time between PowerState reads while waiting (default 2 s).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Called after each reset a BMC accepted, with every type sent to the node so far, before waiting on it: a boot
    /// session saves them so that a restarted process knows the reset is under way.
    /// </summary>
    public Func<PowerTarget, IReadOnlyList<string>, CancellationToken, Task>? ResetSent { get; init; }
}
