using Discovery.Records;

namespace Discovery.CrawlLog.Analysis;

/// <summary>The mapped records of one run, read back from the crawl log's <c>bmcs</c>, <c>nodes</c> and <c>nics</c> tables.</summary>
internal sealed record CrawlRunInventory
{
    /// <summary>The run's BMCs, each with its own NICs, in the order the run logged them.</summary>
    public required IReadOnlyList<Bmc> Bmcs { get; init; }

    /// <summary>The run's nodes, each with its NICs (<see cref="ComputeNode.BmcId"/> links a node to its BMC).</summary>
    public required IReadOnlyList<ComputeNode> Nodes { get; init; }
}
