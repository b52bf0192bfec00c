namespace Discovery.Store;

/// <summary>One page of a listing.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed record RecordPage<T>
{
    /// <summary>The records of this page, in the kind's order.</summary>
    public required IReadOnlyList<T> Items { get; init; }

    /// <summary>How many records match the filters, over all pages.</summary>
    public required long Total { get; init; }

    /// <summary>The offset of this page: how many matching records sort before its first.</summary>
    public int Offset { get; init; }

    /// <summary>The offset of the next page; null on the last page.</summary>
    public int? NextOffset { get; init; }

    /// <summary>
    /// The cursor of the next page (pass it as <c>after</c>); null on the last page. Walking a listing by cursor
    /// shows every record that exists throughout exactly once, even while others are added or deleted.
    /// </summary>
    public string? NextAfter { get; init; }

    /// <summary>The snapshot read, when the query asked for a past point in time.</summary>
    public string? Snapshot { get; init; }
}
