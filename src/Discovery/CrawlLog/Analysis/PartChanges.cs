namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// The part lines of a change report and of <c>discover logs diff</c> (issue 17), between a pass and the one before it. A part counts only on a node
/// (or BMC) that is in both passes: a new or vanished node's own line says the rest, and an unread BMC is no swap.
/// Unlike nodes, a part missing from a node that answered is gone at once: nothing about a flaky BMC explains a DIMM
/// with another serial in the same slot.
/// </summary>
internal static class PartChanges
{
    public static IReadOnlyList<CrawlEntityChange> Compare(IReadOnlyList<RunRecords> newestFirst)
    {
        if (newestFirst.Count < 2)
        {
            return [];
        }

        var (now, before) = (newestFirst[0], newestFirst[1]);
        var changes = new List<CrawlEntityChange>();
        foreach (var (key, row) in before.Parts.Where(p => !now.Parts.ContainsKey(p.Key) && Present(now, p.Value) && Present(before, p.Value)))
        {
            changes.Add(new CrawlEntityChange { Kind = CrawlChangeKind.Removed, Key = key, Label = row[RunPartRows.LabelField] });
        }

        foreach (var (key, row) in now.Parts.Where(p => Present(now, p.Value) && Present(before, p.Value)))
        {
            if (!before.Parts.TryGetValue(key, out var old))
            {
                changes.Add(new CrawlEntityChange { Kind = CrawlChangeKind.Added, Key = key, Label = row[RunPartRows.LabelField] });
            }
            else if (!string.Equals(RunRecords.Get(old, "firmware_version"), RunRecords.Get(row, "firmware_version"), StringComparison.Ordinal))
            {
                changes.Add(new CrawlEntityChange
                {
                    Kind = CrawlChangeKind.Changed,
                    Key = key,
                    Label = row[RunPartRows.LabelField],
                    Fields = [new CrawlFieldChange("firmware_version", RunRecords.Get(old, "firmware_version"), RunRecords.Get(row, "firmware_version"))],
                });
            }
        }

        // Removed before added, then by label: a swapped DIMM reads as its old serial out, its new one in, side by side.
        return [.. changes.OrderBy(c => c.Label, StringComparer.Ordinal).ThenBy(c => c.Kind == CrawlChangeKind.Removed ? 0 : 1)];
    }

    private static bool Present(RunRecords run, IReadOnlyDictionary<string, string?> part)
    {
        var owner = RunPartRows.Owner(part);
        return run.Nodes.ContainsKey(owner) || run.Bmcs.ContainsKey(owner);
    }
}
