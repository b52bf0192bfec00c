using Discovery.Records;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Http;

namespace Discovery.Redfish.Collect;

/// <summary>Everything one BMC's collection produced: status, records and the raw exchanges.</summary>
internal sealed record BmcCollectResult
{
    /// <summary>The BMC collected.</summary>
    public required BmcTarget Target { get; init; }

    /// <summary>The outcome.</summary>
    public required BmcCollectStatus Status { get; init; }

    /// <summary>A human-readable reason when not <see cref="BmcCollectStatus.Ok"/>. Never holds a secret.</summary>
    public string? Message { get; init; }

    /// <summary>URIs that could not be read (status <see cref="BmcCollectStatus.Partial"/>).</summary>
    public IReadOnlyList<CrawlFailure> FailedUris { get; init; } = [];

    /// <summary>The BMC record, when the service root was read.</summary>
    public Bmc? Bmc { get; init; }

    /// <summary>The compute nodes behind the BMC.</summary>
    public IReadOnlyList<ComputeNode> Nodes { get; init; } = [];

    /// <summary>Every HTTP attempt, for the crawl log (empty when the request asked not to keep them).</summary>
    public IReadOnlyList<RedfishExchange> Exchanges { get; init; } = [];

    /// <summary>HTTP requests sent (every attempt, login and logout included).</summary>
    public int RequestCount { get; init; }

    /// <summary>Redfish documents read.</summary>
    public int DocumentCount { get; init; }

    /// <summary>Response bytes read.</summary>
    public long Bytes { get; init; }

    /// <summary>Wall time for this BMC.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>SHA-256 fingerprint of the BMC's certificate (upper-case hex), for HTTPS targets.</summary>
    public string? CertificateFingerprint { get; init; }
}
