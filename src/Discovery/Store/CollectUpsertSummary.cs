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

    /// <summary>Records the store could not keep (a clash with another record), one sentence each naming the record.</summary>
    public IReadOnlyList<string> Refused { get; init; } = [];

    /// <summary>
    /// Reported values left out of records that were kept, because they break a rule made for what people write
    /// (<see cref="ReportedValues"/>); one sentence each, naming the record, the field and the value. The crawl log
    /// keeps the value.
    /// </summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];
}
