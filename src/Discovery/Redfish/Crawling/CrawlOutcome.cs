using Discovery.Redfish.Mapping;

namespace Discovery.Redfish.Crawling;

/// <summary>What one crawl of a Redfish tree produced.</summary>
internal sealed record CrawlOutcome
{
    /// <summary>Documents read, keyed by identity.</summary>
    public required RedfishDocuments Documents { get; init; }

    /// <summary>URIs that failed after retries (404s are not failures: mockups and BMCs link absent resources).</summary>
    public required IReadOnlyList<CrawlFailure> Failures { get; init; }

    /// <summary>Whether <see cref="Http.RedfishClientOptions.MaxDocuments"/> stopped the walk.</summary>
    public bool Truncated { get; init; }
}
