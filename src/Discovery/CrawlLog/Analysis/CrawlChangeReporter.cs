using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// Builds a <see cref="CrawlChangeReport"/> from the records of a window of passes, newest first:
/// <list type="bullet">
/// <item>added: in the pass, in none of the <c>N</c> passes before it;</item>
/// <item>changed: in the pass and in one of the <c>N</c> before it, with fields that differ from the latest of those;</item>
/// <item>removed: missing from the pass and the <c>N - 1</c> before it, but present in the one before those
/// (so it is reported once, after <c>N</c> passes without it).</item>
/// </list>
/// A BMC that answered in a pass but could not be read (timed out, refused the login) is not "missing" from
/// that pass: its records, and the records of its nodes, count as still there. A NIC counts as missing only
/// from an owner that is there: when its node or BMC goes, the owner's removal says it.
/// </summary>
internal static class CrawlChangeReporter
{
    // What a diff ignores, and the crawl status: a BMC that answered slowly once has not changed.
    private static readonly HashSet<string> Ignored = [.. CrawlLogDiffer.Ignored, "last_crawl_status"];

    public static CrawlChangeReport Build(DuckDBConnection connection, IReadOnlyList<string> newestFirst, int missingAfter)
    {
        var runs = newestFirst.Select(id => (Records: RunRecords.Load(connection, id), Unread: UnreadAddresses(connection, id))).ToList();
        return new CrawlChangeReport
        {
            RunId = newestFirst[0],
            PreviousRunId = newestFirst.Count > 1 ? newestFirst[1] : null,
            MissingAfter = missingAfter,
            Bmcs = Compare(runs, r => r.Records.Bmcs, missingAfter, (row, _, r) => Unread(r, RunRecords.Get(row, "ip")), BmcLabel),
            Nodes = Compare(runs, r => r.Records.Nodes, missingAfter, (row, _, r) => Unread(r, RunRecords.Get(row, "bmc_ip")), row => RunRecords.Get(row, "xname") ?? RunRecords.Get(row, "redfish_uri")),
            Nics = Compare(runs, r => r.Records.Nics, missingAfter, (_, key, r) => !OwnerPresent(r.Records, key), row => RunRecords.Get(row, "mac_address") ?? RunRecords.Get(row, "name")),
            Parts = PartChanges.Compare(runs.Select(r => r.Records).ToList()),
        };
    }

    private static List<CrawlEntityChange> Compare(
        List<(RunRecords Records, HashSet<string> Unread)> runs,
        Func<(RunRecords Records, HashSet<string> Unread), IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>>> table,
        int missingAfter,
        Func<IReadOnlyDictionary<string, string?>, string, (RunRecords Records, HashSet<string> Unread), bool> excused,
        Func<IReadOnlyDictionary<string, string?>, string?> label)
    {
        var current = table(runs[0]);
        var window = runs.Skip(1).Take(missingAfter).Select(table).ToList();
        var changes = new List<CrawlEntityChange>();
        foreach (var (key, row) in current.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var before = window.Select(w => w.GetValueOrDefault(key)).FirstOrDefault(r => r is not null);
            if (before is null)
            {
                changes.Add(new CrawlEntityChange { Kind = CrawlChangeKind.Added, Key = key, Label = label(row) });
                continue;
            }

            var fields = CrawlLogDiffer.ChangedFields(before, row, Ignored);
            if (fields.Count > 0)
            {
                changes.Add(new CrawlEntityChange { Kind = CrawlChangeKind.Changed, Key = key, Fields = fields, Label = label(row) });
            }
        }

        if (runs.Count > missingAfter)
        {
            // Present in the pass just outside the window, absent (and not merely unreadable) in every pass since.
            foreach (var (key, row) in table(runs[missingAfter]).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var gone = runs.Take(missingAfter).All(r => !table(r).ContainsKey(key) && !excused(row, key, r));
                if (gone)
                {
                    changes.Add(new CrawlEntityChange { Kind = CrawlChangeKind.Removed, Key = key, Label = label(row) });
                }
            }
        }

        // People scan the report by name; the identity key only breaks ties.
        return [.. changes.OrderBy(c => c.Kind).ThenBy(c => c.Label ?? c.Key, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    private static bool Unread((RunRecords Records, HashSet<string> Unread) run, string? address) =>
        address is not null && run.Unread.Contains(address);

    // A NIC's key is "<owner key>|<local key>" (RunRecords).
    private static bool OwnerPresent(RunRecords records, string nicKey)
    {
        var owner = nicKey[..Math.Max(0, nicKey.LastIndexOf('|'))];
        return records.Nodes.ContainsKey(owner) || records.Bmcs.ContainsKey(owner);
    }

    private static string? BmcLabel(IReadOnlyDictionary<string, string?> row) =>
        (RunRecords.Get(row, "xname"), RunRecords.Get(row, "ip"), RunRecords.Get(row, "port")) switch
        {
            ({ } xname, { } ip, { } port) => $"{xname} ({ip}:{port})",
            (null, { } ip, { } port) => $"{ip}:{port}",
            ({ } xname, _, _) => xname,
            _ => null,
        };

    /// <summary>Addresses the pass talked to but got no BMC record from (failed crawls).</summary>
    private static HashSet<string> UnreadAddresses(DuckDBConnection connection, string runId)
    {
        return connection.ReadAll(
            "SELECT DISTINCT bmc FROM responses WHERE run_id = ? AND bmc NOT IN (SELECT ip FROM bmcs WHERE run_id = ? AND ip IS NOT NULL)",
            [runId, runId],
            reader => reader.GetString(0)).ToHashSet(StringComparer.Ordinal);
    }
}
