namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// What changed in a scheduled pass compared with the passes before it (<see cref="CrawlLogQuery.ChangeReportAsync"/>):
/// entities added, changed (field by field, against their latest earlier record) and removed (missing from the
/// last <see cref="MissingAfter"/> passes, reported once).
/// </summary>
internal sealed record CrawlChangeReport
{
    /// <summary>The pass reported on.</summary>
    public required string RunId { get; init; }

    /// <summary>The pass before it, or null for the first pass.</summary>
    public string? PreviousRunId { get; init; }

    /// <summary>How many passes an entity must be missing from to count as removed.</summary>
    public required int MissingAfter { get; init; }

    /// <summary>BMC changes.</summary>
    public required IReadOnlyList<CrawlEntityChange> Bmcs { get; init; }

    /// <summary>Node changes.</summary>
    public required IReadOnlyList<CrawlEntityChange> Nodes { get; init; }

    /// <summary>NIC changes.</summary>
    public required IReadOnlyList<CrawlEntityChange> Nics { get; init; }

    /// <summary>Part changes (issue 17): FRUs added or removed on a node seen in both passes, firmware versions changed.</summary>
    public IReadOnlyList<CrawlEntityChange> Parts { get; init => field = value ?? []; } = [];

    /// <summary>True when anything was added, removed or changed.</summary>
    public bool HasChanges => Bmcs.Count + Nodes.Count + Nics.Count + Parts.Count > 0;

    /// <summary>The report as lines: one per added/removed entity and one per changed field, BMCs then nodes then NICs then parts.</summary>
    public IReadOnlyList<CrawlDiffLine> ToLines() => CrawlDiffLines.From(Bmcs, Nodes, Nics, Parts);

    /// <summary>How many entities of each kind changed, as <c>bmc added</c> to count.</summary>
    public IReadOnlyDictionary<string, int> Counts =>
        new[] { ("bmc", Bmcs), ("node", Nodes), ("nic", Nics), ("part", Parts) }
            .SelectMany(x => x.Item2.Select(c => $"{x.Item1} {c.Kind.ToString().ToLowerInvariant()}"))
            .GroupBy(k => k, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
