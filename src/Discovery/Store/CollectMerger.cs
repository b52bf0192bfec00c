using Discovery.Records;
using Discovery.Records.Xnames;

namespace Discovery.Store;

/// <summary>
/// Merges one collect run into the store. Identity (DESIGN.md): a BMC is the stored one whose ServiceRoot UUID
/// matches, else whose MAC matches, else with the same id (the mapper's address-based id for a BMC with
/// neither); a node is the stored one with the same system UUID, else the same BMC and system URI. Never by a
/// single NIC MAC: those are not unique (every iLO's host-interface NIC shares one).
/// What people own is kept: a node's groups and boot profile, and a host name or xname the crawl did not report; an
/// xname an id map or the switches gave is not replaced by a derived one.
/// The stored BMCs and nodes the run can name are read in bulk when the merge starts, and the merge's row writes wait
/// in <see cref="PendingWrites"/> to go in bulk at its end: DuckDB.NET plans every statement anew, and the twenty-odd
/// one-row statements a BMC and its node cost made the store step most of a collect's CPU (issue 14).
/// </summary>
internal sealed class CollectMerger
{
    private readonly InventoryStore _store;
    private readonly WriteTransaction _tx;
    private readonly List<string> _refused = [];
    private readonly List<string> _left = [];
    private CollectLookups? _lookups;
    private StoredBmcs? _bmcs;
    private int _unchanged;

    public CollectMerger(InventoryStore store, WriteTransaction tx)
    {
        _store = store;
        _tx = tx;
    }

    public CollectUpsertSummary Merge(IReadOnlyList<CollectedBmc> collected, CancellationToken cancellationToken)
    {
        // Odd reported values go before matching: they are no identity (an odd MAC, a UUID placeholder), and the
        // stored value people set (an FQDN, a host name) then stays where the crawl reported nothing usable.
        var prepared = collected.Select(item => new Prepared(
            item,
            item.Bmc is null ? null : ReportedValues.Keep(item.Bmc),
            [.. item.Nodes.Select(ReportedValues.Keep)])).ToList();
        if (prepared.Count > 0)
        {
            StartBatch(prepared);
        }

        foreach (var (item, keptBmc, keptNodes) in prepared)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (keptBmc is not { } kept)
            {
                MarkFailed(item);
                continue;
            }

            var bmc = Note(kept, $"BMC {item.Address}");
            var (bmcId, placementKept) = MergeBmc(item, bmc);
            if (bmcId is null)
            {
                continue;
            }

            var found = new HashSet<Guid>();
            var allStored = true;
            for (var i = 0; i < keptNodes.Count; i++)
            {
                if (MergeNode(Note(keptNodes[i], Describe(item.Nodes[i], bmc)), bmcId.Value, bmc, placementKept) is { } id)
                {
                    found.Add(id);
                }
                else
                {
                    allStored = false;
                }
            }

            // A refused node may be a stored one under a new face: removing "missing" nodes then could lose it.
            if (item.Complete && allStored)
            {
                RemoveMissing(bmcId.Value, found);
            }
        }

        _tx.FlushPending();
        _tx.Pending = null;
        _tx.NodeLookups = null;
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

    /// <summary>
    /// Reads what the merge matches against (<see cref="CollectLookups"/>, then the stored BMCs and nodes the run's
    /// records can name) and makes the row writes wait. A record the bulk read did not foresee is still read from
    /// DuckDB, after what waits is written, so every answer is the one a single-row query would give.
    /// </summary>
    private void StartBatch(IReadOnlyList<Prepared> prepared)
    {
        _lookups = CollectLookups.Load(_tx.Connection);
        _tx.CollectLookups = _lookups;
        var bmcIds = new HashSet<Guid>();
        var nodeKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, kept, nodes) in prepared)
        {
            if (kept is not { Record: var bmc })
            {
                if (_lookups.BmcAt(item.Address, item.Port) is { } failed)
                {
                    bmcIds.Add(failed);
                }

                continue;
            }

            var bmcId = _lookups.Bmc(bmc) ?? bmc.Id;
            bmcIds.Add(bmcId);
            foreach (var (node, _) in nodes)
            {
                nodeKeys.Add((_lookups.Node(node, bmcId) ?? node.Id).ToString());
                nodeKeys.Add(node.Id.ToString());
            }
        }

        _bmcs = StoredBmcs.Load(_tx, _store.BmcSet, bmcIds);
        _tx.Pending = new PendingWrites();
        _tx.NodeLookups = NodeLookups.Load(_tx, _store.NodeSet, nodeKeys);
    }

    private void MarkFailed(CollectedBmc item)
    {
        var id = Lookups.BmcAt(item.Address, item.Port);
        if (id is not null && Bmcs.Find(id.Value) is { } stored && stored.Record.LastCrawlStatus != item.Status)
        {
            var result = _store.BmcSet.Save(_tx, stored, stored.Record with { LastCrawlStatus = item.Status });
            if (Count(result, $"BMC {item.Address}"))
            {
                Lookups.BmcSaved(stored.Record, result.Record!);
                Bmcs.Saved(result.Record!.Id);
            }
        }
    }

    /// <summary>Saves the BMC; returns its id (null when refused) and whether it kept the stored, map-given xname.</summary>
    private (Guid? Id, bool PlacementKept) MergeBmc(CollectedBmc item, Bmc bmc)
    {
        var storedId = Lookups.Bmc(bmc) ?? bmc.Id;
        var stored = Bmcs.Find(storedId);
        // A derived xname is a guess from the address: it never replaces one an id map or the switches gave, so a
        // switch that did not answer, or a collect without the map, renames nothing. A map that places the BMC
        // elsewhere still moves it.
        var keep = bmc.XnameSource == XnameSources.Derived
            && stored?.Record is { Xname: not null, XnameSource: XnameSources.IdMap or XnameSources.LocationMap };
        var desired = bmc with
        {
            Id = stored?.Record.Id ?? bmc.Id,
            Xname = keep ? stored!.Record.Xname : bmc.Xname ?? stored?.Record.Xname,
            XnameSource = keep ? stored!.Record.XnameSource : bmc.XnameSource,
            SwitchPort = keep ? stored!.Record.SwitchPort : bmc.SwitchPort,
            Fqdn = bmc.Fqdn ?? stored?.Record.Fqdn,
            LastCrawlStatus = item.Status,
        };
        var result = _store.BmcSet.Save(_tx, stored, desired, touched: true);
        if (!Count(result, $"BMC {item.Address}"))
        {
            return (null, false);
        }

        Lookups.BmcSaved(stored?.Record, result.Record!);
        Bmcs.Saved(desired.Id);
        return (desired.Id, keep);
    }

    private Guid? MergeNode(ComputeNode node, Guid bmcId, Bmc bmc, bool placementKept)
    {
        var storedId = Lookups.Node(node, bmcId) ?? node.Id;
        var stored = Nodes.Find(storedId.ToString());
        var desired = node with
        {
            Id = stored?.Record.Id ?? node.Id,
            BmcId = bmcId,
            BmcIp = node.BmcIp ?? bmc.Ip,
            BmcMac = node.BmcMac ?? bmc.Mac,
            // Named after its BMC: when the BMC kept its map-given xname, the node keeps the name it had under it.
            Xname = placementKept ? stored?.Record.Xname ?? node.Xname : node.Xname ?? stored?.Record.Xname,
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
        Nodes.Saved(stored?.Record, result.Record!, result.Version);
        PartHistory.Record(_tx, stored?.Record, result.Record!);
        return desired.Id;
    }

    private CollectLookups Lookups => _lookups ?? throw new InvalidOperationException("the merge has not started");

    private StoredBmcs Bmcs => _bmcs ?? throw new InvalidOperationException("the merge has not started");

    private NodeLookups Nodes => _tx.NodeLookups ?? throw new InvalidOperationException("the merge has not started");

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
        if (gone.Count > 0)
        {
            // A removal deletes on the connection at once: what waits goes first, so it cannot bring a row back.
            _tx.FlushPending();
        }

        foreach (var id in gone)
        {
            if (_store.NodeSet.Delete(_tx, id.ToString(), ifMatch: null) is { Succeeded: true, Record: { } removed })
            {
                Lookups.NodeSaved(removed, null);
                Nodes.Removed(removed);
            }
        }
    }

    /// <summary>A collected BMC with its BMC and nodes as <see cref="ReportedValues"/> keeps them.</summary>
    private sealed record Prepared(
        CollectedBmc Item, (Bmc Record, IReadOnlyList<string> Left)? Bmc, IReadOnlyList<(ComputeNode Record, IReadOnlyList<string> Left)> Nodes);

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
