namespace Discovery.Store;

/// <summary>Which history events to read.</summary>
internal sealed record HistoryQuery
{
    /// <summary>Only events of this kind of record; null for all kinds.</summary>
    public RecordKind? Kind { get; init; }

    /// <summary>
    /// Only events of this record: an id, or an xname/name resolved against the working set first and then
    /// against the labels history kept (so a removed node's history is still found by its xname).
    /// </summary>
    public string? Record { get; init; }

    /// <summary>Only part events (FRUs added, removed, moved, firmware changed: <see cref="PartHistory"/>), for <see cref="Record"/>'s node.</summary>
    public bool Parts { get; init; }

    /// <summary>Only events at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>
    /// Only events older than this sequence number: the next page back is <c>Before</c> = the oldest event's
    /// <see cref="HistoryEvent.Sequence"/> of this page.
    /// </summary>
    public long? Before { get; init; }

    /// <summary>At most this many events, the newest ones (default 1000).</summary>
    public int Limit { get; init; } = 1000;
}
