using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// Compares the mapped records of two runs field by field. Identity follows DESIGN.md: a BMC by ServiceRoot UUID,
/// else MAC, else address and port; a node by system UUID, else its BMC's identity plus its system URI; a NIC by
/// its owner's identity plus MAC, else Redfish URI, else name. Ids are per-run artefacts and seen-times change
/// every run, so neither counts as a change. Parts compare as the change report compares them (<see cref="PartChanges"/>).
/// </summary>
internal static class CrawlLogDiffer
{
    internal static readonly HashSet<string> Ignored =
        new(["run_id", "date", "id", "owner_id", "bmc_id", "first_seen", "last_seen", "last_updated"], StringComparer.Ordinal);

    public static CrawlLogDiff Diff(DuckDBConnection connection, string runA, string runB)
    {
        var a = RunRecords.Load(connection, runA);
        var b = RunRecords.Load(connection, runB);
        return new CrawlLogDiff
        {
            RunA = runA,
            RunB = runB,
            Bmcs = Compare(a.Bmcs, b.Bmcs),
            Nodes = Compare(a.Nodes, b.Nodes),
            Nics = Compare(a.Nics, b.Nics),
            Parts = PartChanges.Compare([b, a]),
        };
    }

    /// <summary>The fields of two records of one entity whose text differs, but for <paramref name="ignored"/> ones.</summary>
    internal static List<CrawlFieldChange> ChangedFields(
        IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after, IReadOnlySet<string> ignored) =>
        [.. before.Keys.Union(after.Keys)
            .Where(f => !ignored.Contains(f))
            .Select(f => new CrawlFieldChange(f, before.GetValueOrDefault(f), after.GetValueOrDefault(f)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))];

    private static List<CrawlEntityChange> Compare(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> before,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> after)
    {
        var changes = new List<CrawlEntityChange>();
        foreach (var (key, old) in before.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!after.TryGetValue(key, out var current))
            {
                changes.Add(new CrawlEntityChange { Kind = CrawlChangeKind.Removed, Key = key });
                continue;
            }

            var fields = ChangedFields(old, current, Ignored);
            if (fields.Count > 0)
            {
                changes.Add(new CrawlEntityChange { Kind = CrawlChangeKind.Changed, Key = key, Fields = fields });
            }
        }

        changes.AddRange(after.Keys.Where(k => !before.ContainsKey(k)).Order(StringComparer.Ordinal)
            .Select(k => new CrawlEntityChange { Kind = CrawlChangeKind.Added, Key = k }));
        return changes;
    }
}
