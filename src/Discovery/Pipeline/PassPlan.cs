using Discovery.Credentials;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Http;
using Discovery.Scanning;

namespace Discovery.Cli.Run;

/// <summary>Everything one <c>discover run</c> pass needs, checked and typed (<see cref="PassPlanBuilder"/>).</summary>
internal sealed record PassPlan
{
    public required ScanRequest Scan { get; init; }

    /// <summary>The targets as configured, for the run's description and the saved scan.</summary>
    public required IReadOnlyList<string> TargetTexts { get; init; }

    public required CredentialRequest Credentials { get; init; }

    public required RedfishClientOptions Client { get; init; }

    public string? IdMapPath { get; init; }

    public CrawlProfile Profile { get; init; }

    public int MaxParallelBmcs { get; init; }

    public required string StateDirectory { get; init; }

    public required string LogDirectory { get; init; }

    /// <summary>Days of crawl log to keep; 0 keeps everything.</summary>
    public int KeepDays { get; init; }

    /// <summary>The inventory store's folder, or null when the store step is off.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>A running <c>discover serve</c> to upsert through instead of <see cref="DataDirectory"/>.</summary>
    public string? Server { get; init; }

    public string? ServerTokenFile { get; init; }

    /// <summary>SMD's base URL, or null when the SMD step is off.</summary>
    public Uri? SmdUrl { get; init; }

    public string? SmdTokenFile { get; init; }

    public string? SmdCaCert { get; init; }

    public TimeSpan Jitter { get; init; }

    /// <summary>Stop cleanly after this long; null for no deadline.</summary>
    public TimeSpan? Deadline { get; init; }

    public int MissingAfter { get; init; }

    public bool QuietUnchanged { get; init; }
}
