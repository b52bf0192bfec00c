using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Collect;

/// <summary>One collect run's input.</summary>
public sealed record CollectRequest
{
    /// <summary>The BMCs to collect.</summary>
    public required IReadOnlyList<BmcTarget> Targets { get; init; }

    /// <summary>Which part of each tree to walk. Default <see cref="CrawlProfile.Inventory"/>.</summary>
    public CrawlProfile Profile { get; init; } = CrawlProfile.Inventory;

    /// <summary>BMCs collected at once. Default 64.</summary>
    public int MaxParallelBmcs { get; init; } = 64;

    /// <summary>Whether results keep every exchange (with bodies) for the crawl log. Default true.</summary>
    public bool KeepExchanges { get; init; } = true;
}
