namespace Discovery.CrawlLog.Analysis;

/// <summary>What changed between two runs, per entity kind. Fields that change every run (ids, seen times) are ignored.</summary>
internal sealed record CrawlLogDiff
{
    /// <summary>The earlier run.</summary>
    public required string RunA { get; init; }

    /// <summary>The later run.</summary>
    public required string RunB { get; init; }

    /// <summary>BMC changes, matched by service UUID, else MAC, else address and port.</summary>
    public required IReadOnlyList<CrawlEntityChange> Bmcs { get; init; }

    /// <summary>Node changes, matched by system UUID, else BMC identity plus system URI.</summary>
    public required IReadOnlyList<CrawlEntityChange> Nodes { get; init; }

    /// <summary>NIC changes, matched by owner identity plus MAC (else Redfish URI, else name).</summary>
    public required IReadOnlyList<CrawlEntityChange> Nics { get; init; }

    /// <summary>
    /// Part changes (issue 17), as <c>discover run</c>'s change report names them (<see cref="PartChanges"/>): a FRU
    /// removed or added on a node in both runs (a swapped DIMM is its old serial removed and its new one added at one
    /// location; a moved one is removed from one node and added to another), or its firmware version changed.
    /// </summary>
    public required IReadOnlyList<CrawlEntityChange> Parts { get; init; }

    /// <summary>The diff as lines: one per added/removed entity and one per changed field, BMCs then nodes then NICs then parts.</summary>
    public IReadOnlyList<CrawlDiffLine> ToLines() => CrawlDiffLines.From(Bmcs, Nodes, Nics, Parts);
}
