namespace Discovery.Store;

/// <summary>What a collect run changed in the store (BMCs, nodes and their NICs together).</summary>
internal sealed record CollectUpsertSummary
{
    /// <summary>Records that were not in the store before.</summary>
    public int Added { get; init; }

    /// <summary>Records with at least one changed field.</summary>
    public int Changed { get; init; }

    /// <summary>Nodes that a complete crawl of their BMC no longer found.</summary>
    public int Removed { get; init; }

    /// <summary>Records found again as they were (their last_seen moved).</summary>
    public int Unchanged { get; init; }

    /// <summary>Records the store refused (a clash with another record, a value its rules reject), one sentence each.</summary>
    public IReadOnlyList<string> Refused { get; init; } = [];
}
