using System.Collections.Concurrent;
using Discovery.Records.Network;

namespace Discovery.Store;

/// <summary>
/// The nodes in memory, for point reads at HTTP speed: documents by id, and ids by xname, MAC and IP. One writer
/// (the store, under its write lock, after each commit) and any number of readers without locks. A writer adds a
/// document's new keys before it swaps the document in and drops the old keys after, and readers check every hit
/// against the document it leads to, so a reader never misses a node that exists before and after a write.
/// </summary>
internal sealed partial class NodeReadModel
{
    private readonly ConcurrentDictionary<Guid, NodeDocument> _byId;
    private readonly ConcurrentDictionary<string, Guid[]> _byXname;
    private readonly ConcurrentDictionary<string, Guid[]> _byMac;
    private readonly ConcurrentDictionary<string, Guid[]> _byIp;

    /// <summary>The writer's nodes that were added, removed or re-keyed since <see cref="Publish"/> last placed them in <see cref="_sorted"/>.</summary>
    private readonly HashSet<Guid> _unplaced = [];

    /// <summary>Every node in listing order (xname in natural order NULLS LAST, then id), as of the last <see cref="Publish"/>; replaced whole, never resized.</summary>
    private NodeDocument[] _sorted = [];

    /// <summary>Raised by every change: cached filter results of an older generation are stale.</summary>
    private long _generation;

    /// <summary>
    /// An empty model sized for <paramref name="nodes"/> nodes (a MAC and an IP or two each): a bulk load of 250,000 nodes
    /// then never grows a dictionary, which rehashes every entry under all its locks.
    /// </summary>
    private NodeReadModel(int nodes)
    {
        var level = Environment.ProcessorCount;
        _byId = new(level, nodes);
        _byXname = new(level, nodes, StringComparer.Ordinal);
        _byMac = new(level, 2 * nodes, StringComparer.Ordinal);
        _byIp = new(level, 2 * nodes, StringComparer.Ordinal);
    }

    /// <summary>How many nodes there are.</summary>
    public int Count => _byId.Count;

    /// <summary>
    /// A model of <paramref name="documents"/> (the whole working set's nodes, any order), built in bulk before any reader
    /// sees it: each key indexed once and the listing order sorted once, instead of a <see cref="Put"/> per node.
    /// </summary>
    public static NodeReadModel Of(IReadOnlyList<NodeDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var model = new NodeReadModel(documents.Count);
        foreach (var document in documents)
        {
            if (model._byId.TryGetValue(document.Id, out var twin))
            {
                // Ids are unique in the store; if a row were doubled anyway, the later one wins, as Put would have it.
                model.Unindex(twin, keep: document);
            }

            model._byId[document.Id] = document;
            Index(model._byXname, document.Xname, document.Id);
            IndexAll(model._byMac, document.Macs, document.Id);
            IndexAll(model._byIp, document.Ips, document.Id);
        }

        var sorted = model._byId.Values.ToArray();
        Array.Sort(sorted, NodeDocument.Compare);
        model._sorted = sorted;
        return model;
    }

    /// <summary>
    /// Stores <paramref name="document"/> in place of the node's previous one. A node whose xname stays keeps its place
    /// in the listing order and is swapped there at once; a new or re-keyed one takes its place at <see cref="Publish"/>.
    /// </summary>
    public void Put(NodeDocument document)
    {
        _byId.TryGetValue(document.Id, out var old);
        Index(_byXname, document.Xname, document.Id);
        IndexAll(_byMac, document.Macs, document.Id);
        IndexAll(_byIp, document.Ips, document.Id);
        _byId[document.Id] = document;
        if (old is not null)
        {
            Unindex(old, keep: document);
        }

        if (old is null || old.Xname != document.Xname || !TryReplaceInPlace(old, document))
        {
            _unplaced.Add(document.Id);
        }

        Interlocked.Increment(ref _generation);
    }

    /// <summary>Forgets the node <paramref name="id"/> (deleted).</summary>
    public void Remove(Guid id)
    {
        if (_byId.TryRemove(id, out var old))
        {
            Unindex(old, keep: null);
            _unplaced.Add(id);
            Interlocked.Increment(ref _generation);
        }
    }

    /// <summary>The node a key names, as the store's lookup does: an id, else the first node (in listing order) with that xname.</summary>
    public NodeDocument? Find(string key)
    {
        key = key.Trim();
        if (Guid.TryParse(key, out var id))
        {
            return _byId.GetValueOrDefault(id);
        }

        var matches = Matching(_byXname, key, d => d.Xname == key);
        return matches.Count == 0 ? null : matches.Min(Comparer<NodeDocument>.Create(NodeDocument.Compare));
    }

    /// <summary>The id of a node other than <paramref name="id"/> with xname <paramref name="xname"/>, or null.</summary>
    public Guid? OtherWithXname(string xname, Guid id) =>
        Matching(_byXname, xname, d => d.Xname == xname && d.Id != id) is { Count: > 0 } others ? others[0].Id : null;

    private List<NodeDocument> IdMatch(string value)
    {
        // As the SQL filter does: the id's text equals the value in lower case.
        var text = value.Trim().ToLowerInvariant();
        return Guid.TryParse(text, out var id) && id.ToString("D") == text && _byId.TryGetValue(id, out var document) ? [document] : [];
    }

    private List<NodeDocument> Matching(ConcurrentDictionary<string, Guid[]> index, string key, Func<NodeDocument, bool> holds)
    {
        var result = new List<NodeDocument>();
        if (index.TryGetValue(key, out var ids))
        {
            foreach (var id in ids)
            {
                if (_byId.TryGetValue(id, out var document) && holds(document))
                {
                    result.Add(document);
                }
            }
        }

        return result;
    }

    private void Unindex(NodeDocument old, NodeDocument? keep)
    {
        if (old.Xname is { } xname && keep?.Xname != xname)
        {
            Unindex(_byXname, xname, old.Id);
        }

        // Sets: a node may carry 1,024 NICs of 256 addresses each.
        var keptMacs = keep?.Macs.ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var mac in old.Macs.Where(m => !keptMacs.Contains(m)))
        {
            Unindex(_byMac, mac, old.Id);
        }

        var keptIps = keep?.Ips.ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var ip in old.Ips.Where(i => !keptIps.Contains(i)))
        {
            Unindex(_byIp, ip, old.Id);
        }
    }

    private static void IndexAll(ConcurrentDictionary<string, Guid[]> index, string[] keys, Guid id)
    {
        foreach (var key in keys)
        {
            Index(index, key, id);
        }
    }

    private static void Index(ConcurrentDictionary<string, Guid[]> index, string? key, Guid id)
    {
        if (key is null)
        {
            return;
        }

        // Arrays are replaced, never changed: a reader holds a consistent one. Most keys name one node: no closure for those.
        if (!index.TryAdd(key, [id]))
        {
            index.AddOrUpdate(key, _ => [id], (_, ids) => ids.Contains(id) ? ids : [.. ids, id]);
        }
    }

    private static void Unindex(ConcurrentDictionary<string, Guid[]> index, string key, Guid id)
    {
        if (!index.TryGetValue(key, out var ids))
        {
            return;
        }

        var rest = ids.Where(i => i != id).ToArray();
        if (rest.Length == 0)
        {
            index.TryRemove(key, out _);
        }
        else
        {
            index[key] = rest;
        }
    }
}
