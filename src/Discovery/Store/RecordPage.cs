namespace Discovery.Store;

/// <summary>One page of a listing.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed record RecordPage<T>
{
    /// <summary>The records of this page, in the kind's order.</summary>
    public required IReadOnlyList<T> Items { get; init; }

    /// <summary>How many records match the filters, over all pages.</summary>
    public required long Total { get; init; }

    /// <summary>The offset of this page.</summary>
    public int Offset { get; init; }

    /// <summary>The offset of the next page; null on the last page.</summary>
    public int? NextOffset { get; init; }

    /// <summary>The snapshot read, when the query asked for a past point in time.</summary>
    public string? Snapshot { get; init; }
}
