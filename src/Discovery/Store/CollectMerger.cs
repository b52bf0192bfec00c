using Discovery.Records;

namespace Discovery.Store;

/// <summary>
/// Merges one collect run into the store. Identity (DESIGN.md): a BMC is the stored one whose ServiceRoot UUID
/// matches, else whose MAC matches, else with the same id (the mapper's address-based id for a BMC with
/// neither); a node is the stored one with the same system UUID, else the same BMC and system URI. Never by a
/// single NIC MAC: those are not unique (every iLO's host-interface NIC shares one).
/// What people own is kept: a node's groups and boot profile, and a host name or xname the crawl did not report.
/// </summary>
internal sealed class CollectMerger
{
    private readonly InventoryStore _store;
    private readonly WriteTransaction _tx;
    private readonly List<string> _refused = [];
    private readonly List<string> _left = [];
    private CollectLookups? _lookups;
    private int _unchanged;

    public CollectMerger(InventoryStore store, WriteTransaction tx)
    {
        _store = store;
        _tx = tx;
    }

    public CollectUpsertSummary Merge(IReadOnlyList<CollectedBmc> collected, CancellationToken cancellationToken)
    {
        _lookups = collected.Count == 0 ? null : CollectLookups.Load(_tx.Connection);
        _tx.CollectLookups = _lookups;
        foreach (var item in collected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Bmc is null)
            {
                MarkFailed(item);
                continue;
            }

            // Odd reported values go before matching: they are no identity (an odd MAC, a UUID placeholder), and the
            // stored value people set (an FQDN, a host name) then stays where the crawl reported nothing usable.
            var bmc = Note(ReportedValues.Keep(item.Bmc), $"BMC {item.Address}");
            var bmcId = MergeBmc(item, bmc);
            if (bmcId is null)
            {
                continue;
            }

            var kept = new HashSet<Guid>();
            var allStored = true;
            foreach (var reported in item.Nodes)
            {
                if (MergeNode(Note(ReportedValues.Keep(reported), Describe(reported, bmc)), bmcId.Value, bmc) is { } id)
                {
                    kept.Add(id);
                }
                else
                {
                    allStored = false;
                }
            }

            // A refused node may be a stored one under a new face: removing "missing" nodes then could lose it.
            if (item.Complete && allStored)
            {
                RemoveMissing(bmcId.Value, kept);
            }
        }

        return new CollectUpsertSummary
        {
            Added = _tx.Added,
            Changed = _tx.Changed,
            Removed = _tx.Removed,
            Unchanged = _unchanged,
            Refused = _refused,
            LeftOut = _left,
        };
    }

    private void MarkFailed(CollectedBmc item)
    {
        var id = Lookups.BmcAt(item.Address, item.Port);
        if (id is not null && _store.BmcSet.Find(_tx.Connection, id.Value.ToString()) is { } stored && stored.Record.LastCrawlStatus != item.Status)
        {
            var result = _store.BmcSet.Save(_tx, stored, stored.Record with { LastCrawlStatus = item.Status });
            if (Count(result, $"BMC {item.Address}"))
            {
                Lookups.BmcSaved(stored.Record, result.Record!);
            }
        }
    }

    private Guid? MergeBmc(CollectedBmc item, Bmc bmc)
    {
        var storedId = Lookups.Bmc(bmc) ?? bmc.Id;
        var stored = _store.BmcSet.Find(_tx.Connection, storedId.ToString());
        var desired = bmc with
        {
            Id = stored?.Record.Id ?? bmc.Id,
            Xname = bmc.Xname ?? stored?.Record.Xname,
            Fqdn = bmc.Fqdn ?? stored?.Record.Fqdn,
            LastCrawlStatus = item.Status,
        };
        var result = _store.BmcSet.Save(_tx, stored, desired, touched: true);
        if (!Count(result, $"BMC {item.Address}"))
        {
            return null;
        }

        Lookups.BmcSaved(stored?.Record, result.Record!);
        return desired.Id;
    }

    private Guid? MergeNode(ComputeNode node, Guid bmcId, Bmc bmc)
    {
        var storedId = Lookups.Node(node, bmcId) ?? node.Id;
        var stored = _store.NodeSet.FindInWrite(_tx, storedId.ToString());
        var desired = node with
        {
            Id = stored?.Record.Id ?? node.Id,
            BmcId = bmcId,
            BmcIp = node.BmcIp ?? bmc.Ip,
            BmcMac = node.BmcMac ?? bmc.Mac,
            Xname = node.Xname ?? stored?.Record.Xname,
            // A reported name that is no host name left hostname null: the one people or an earlier crawl set stays.
            Hostname = node.Hostname ?? stored?.Record.Hostname,
            Groups = stored?.Record.Groups ?? [],
            BootProfile = stored?.Record.BootProfile,
        };
        var result = _store.NodeSet.Save(_tx, stored, desired, touched: true);
        if (!Count(result, Describe(node, bmc)))
        {
            return null;
        }

        Lookups.NodeSaved(stored?.Record, result.Record!);
        PartHistory.Record(_tx, stored?.Record, result.Record!);
        return desired.Id;
    }

    private CollectLookups Lookups => _lookups ?? throw new InvalidOperationException("the merge has not started");

    private static string Describe(ComputeNode node, Bmc bmc) => $"node {node.Xname ?? node.SystemUuid ?? node.RedfishUri} of BMC {bmc.Ip}";

    /// <summary>The record <see cref="ReportedValues"/> kept; each value it left out is noted against <paramref name="what"/>.</summary>
    private T Note<T>((T Record, IReadOnlyList<string> Left) kept, string what)
    {
        _left.AddRange(kept.Left.Select(l => $"{what} without {l}"));
        return kept.Record;
    }

    private void RemoveMissing(Guid bmcId, HashSet<Guid> kept)
    {
        var gone = Lookups.NodesOf(bmcId).Where(id => !kept.Contains(id)).ToList();
        foreach (var id in gone)
        {
            if (_store.NodeSet.Delete(_tx, id.ToString(), ifMatch: null) is { Succeeded: true, Record: { } removed })
            {
                Lookups.NodeSaved(removed, null);
            }
        }
    }

    private bool Count<T>(WriteResult<T> result, string what)
        where T : class
    {
        if (!result.Succeeded)
        {
            _refused.Add($"{what}: {result.Message}");
            return false;
        }

        if (result.Outcome == WriteOutcome.Unchanged)
        {
            _unchanged++;
        }

        return true;
    }
}
