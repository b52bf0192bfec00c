namespace Discovery.CrawlLog.Analysis;

/// <summary>A BMC, node or NIC that was added, removed or changed between two runs.</summary>
internal sealed record CrawlEntityChange
{
    /// <summary>Added, removed or changed.</summary>
    public required CrawlChangeKind Kind { get; init; }

    /// <summary>The identity key it was matched on (<c>uuid:...</c>, <c>mac:...</c>, <c>ip:...</c>, ...).</summary>
    public required string Key { get; init; }

    /// <summary>The fields that differ (empty for added and removed).</summary>
    public IReadOnlyList<CrawlFieldChange> Fields { get; init; } = [];

    /// <summary>How a person names the entity (xname and address), when the report knows it.</summary>
    public string? Label { get; init; }
}
