namespace Discovery.Store;

/// <summary>What to list: filters, a page, and optionally a past point in time.</summary>
internal sealed record RecordQuery
{
    /// <summary>
    /// Filters by name (<c>xname</c>, <c>hostname</c>, <c>arch</c>, <c>mac</c>, <c>group</c>, <c>missing_ip</c>, ...;
    /// each kind lists its own in <see cref="RecordFilters"/>). All must match. A value with <c>*</c> is a glob.
    /// </summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    /// <summary>At most this many records (default 100); null for all of them.</summary>
    public int? Limit { get; init; } = 100;

    /// <summary>Records to skip, in the kind's order (nodes by xname, then id), after <see cref="After"/> when given. Default 0.</summary>
    public int Offset { get; init; }

    /// <summary>
    /// Start after the record this cursor names (a page's <see cref="RecordPage{T}.NextAfter"/>); null: from the first.
    /// Unlike an offset it stays right when records are added or deleted between pages.
    /// </summary>
    public string? After { get; init; }

    /// <summary>Read the newest snapshot taken at or before this instant instead of the working set; null for now.</summary>
    public DateTimeOffset? AsOf { get; init; }
}
