using Discovery.Redfish.Http;

namespace Discovery.Boot.Sessions;

/// <summary>How sessions reach BSS, cloud-init and the BMCs, and how hard they try.</summary>
internal sealed record BootSessionOptions
{
    /// <summary>BSS base URL; null skips BSS (the session then only runs the power action).</summary>
    public Uri? BssUrl { get; init; }

    /// <summary>cloud-init server base URL; null skips cloud-init.</summary>
    public Uri? CloudInitUrl { get; init; }

    /// <summary>Bearer token for BSS and cloud-init; never logged or stored.</summary>
    public string? Token { get; init; }

    /// <summary>Time allowed for one BSS or cloud-init request (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeouts, retries and TLS towards the BMCs (as collect).</summary>
    public RedfishClientOptions Client { get; init; } = new();

    /// <summary>How long a node may take to reach its power target after a reset (default 5 min).</summary>
    public TimeSpan PowerTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time between PowerState reads while waiting (default 2 s).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Times a failed node is tried again before it is failed (default 3).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Wait before the first retry; doubled for each next one, at most <see cref="MaxBackoff"/> (default 10 s).</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait between retries (default 5 min).</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Nodes worked on at once (default 16).</summary>
    public int Parallel { get; init; } = 16;

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan BackoffBefore(int retry) =>
        TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, Backoff.Ticks * (1L << Math.Min(retry - 1, 20))));
}
