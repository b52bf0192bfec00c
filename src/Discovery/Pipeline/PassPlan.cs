using Discovery.Credentials;
using Discovery.Scanning;

namespace Discovery.Pipeline;

/// <summary>Everything one <c>discover run</c> pass needs, checked and typed (<see cref="JobPlans.PassAsync"/>).</summary>
internal sealed record PassPlan
{
    public required ScanRequest Scan { get; init; }

    /// <summary>The targets as configured, for the run's description and the saved scan.</summary>
    public required IReadOnlyList<string> TargetTexts { get; init; }

    /// <summary>Where the BMC accounts come from (the caller builds the provider).</summary>
    public required CredentialRequest Credentials { get; init; }

    /// <summary>The collect sequence: client, profile, store and SMD steps.</summary>
    public required CollectPlan Collect { get; init; }

    public required string LogDirectory { get; init; }

    /// <summary>Days of crawl log to keep; 0 keeps everything.</summary>
    public int KeepDays { get; init; }

    public TimeSpan Jitter { get; init; }

    /// <summary>Stop cleanly after this long; null for no deadline.</summary>
    public TimeSpan? Deadline { get; init; }

    public int MissingAfter { get; init; }

    public bool QuietUnchanged { get; init; }

    /// <summary>
    /// The boot step (<c>boot.bss_url</c>, <c>boot.cloud_init_url</c>): every node of the store, as
    /// <c>discover boot sync</c> with no node and no group; null when neither is set.
    /// </summary>
    public Boot.BootSyncRequest? Boot { get; init; }
}
