using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Collect;

/// <summary>One collect run's input.</summary>
internal sealed record CollectRequest
{
    /// <summary>The BMCs to collect.</summary>
    public required IReadOnlyList<BmcTarget> Targets { get; init; }

    /// <summary>Which part of each tree to walk. Default <see cref="CrawlProfile.Inventory"/>.</summary>
    public CrawlProfile Profile { get; init; } = CrawlProfile.Inventory;

    /// <summary>BMCs collected at once. Default 64.</summary>
    public int MaxParallelBmcs { get; init; } = 64;

    /// <summary>
    /// Whether the returned <see cref="CollectResult"/> keeps every exchange (with bodies). Default true. Turn it
    /// off for large runs and stream exchanges through <see cref="OnResult"/> instead, so memory stays flat.
    /// </summary>
    public bool KeepExchanges { get; init; } = true;

    /// <summary>
    /// Awaited once per BMC as it finishes (any order, possibly concurrently), always with its exchanges: the
    /// place to write them to the crawl log. An exception thrown here fails the run. When the collect is
    /// cancelled, each BMC in flight is still reported (status <see cref="BmcCollectStatus.Cancelled"/>, after
    /// its logout), with a token that is not cancelled.
    /// </summary>
    public Func<BmcCollectResult, CancellationToken, ValueTask>? OnResult { get; init; }

    /// <summary>
    /// Called with every session token a BMC issues, as soon as the login answers and before any exchange is
    /// reported (the connection itself masks it in every later body). Must be thread-safe and quick.
    /// </summary>
    public Action<string>? OnSessionToken { get; init; }
}
