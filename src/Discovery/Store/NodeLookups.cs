using Discovery.Records;

namespace Discovery.Store;

/// <summary>
/// What saving an apply's nodes (or a collect merge's) reads, read once in bulk and then kept in step with the batch's
/// own writes (which wait in <see cref="PendingWrites"/>): the nodes the documents name, every node's xname, every NIC id, the group
/// and boot profile names. Each answer is the one the single-row query would give at that point of the transaction.
/// </summary>
internal sealed class NodeLookups
{
    private const string KeysTable = "apply_node_keys";

    private readonly WriteTransaction _tx;
    private readonly NodeSet _nodes;
    private readonly Dictionary<Guid, Versioned<ComputeNode>?> _byId = [];
    private readonly Dictionary<string, Versioned<ComputeNode>?> _byXname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<Guid>> _xnameOwners = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _nicIds = [];
    private readonly Dictionary<string, string> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _profiles = new(StringComparer.Ordinal);

    private NodeLookups(WriteTransaction tx, NodeSet nodes)
    {
        _tx = tx;
        _nodes = nodes;
    }

    /// <summary>Reads the nodes named by <paramref name="keys"/> (ids or xnames, as documents give them) and the rest.</summary>
    public static NodeLookups Load(WriteTransaction tx, NodeSet nodes, IEnumerable<string> keys)
    {
        var lookups = new NodeLookups(tx, nodes);
        var named = keys.Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToList();
        lookups.LoadNamed(named);
        var connection = tx.Connection;
        foreach (var (xname, id) in connection.ReadAll("SELECT xname, id FROM nodes WHERE xname IS NOT NULL", [], r => (r.GetString(0), r.GetGuid(1))))
        {
            lookups.Own(xname, id);
        }

        lookups._nicIds.UnionWith(connection.ReadAll("SELECT id FROM nics", [], r => r.GetGuid(0)));
        foreach (var (name, id) in connection.ReadAll("SELECT name, CAST(id AS VARCHAR) FROM node_groups WHERE name IS NOT NULL", [], r => (r.GetString(0), r.GetString(1))))
        {
            lookups._groups.TryAdd(name, id);
        }

        foreach (var (name, id) in connection.ReadAll("SELECT name, CAST(id AS VARCHAR) FROM boot_profiles WHERE name IS NOT NULL", [], r => (r.GetString(0), r.GetString(1))))
        {
            lookups._profiles.TryAdd(name, id);
        }

        return lookups;
    }

    /// <summary>The node <paramref name="key"/> (id or xname) names now, as <see cref="StoreRecordSet{T}.Find"/> would read it.</summary>
    public Versioned<ComputeNode>? Find(string key)
    {
        key = key.Trim();
        var known = Guid.TryParse(key, out var id) ? _byId.TryGetValue(id, out var node) : _byXname.TryGetValue(key, out node);
        if (known)
        {
            return node;
        }

        // A key not read up front (an xname a node of this batch gave up): write what waits, then ask the store.
        _tx.Pending?.Flush(_tx.Connection);
        return _nodes.Find(_tx.Connection, key);
    }

    /// <summary>The id of another node than <paramref name="id"/> whose xname is <paramref name="xname"/>, or null.</summary>
    public Guid? OtherWithXname(string xname, Guid id) =>
        _xnameOwners.TryGetValue(xname, out var owners) && owners.FirstOrDefault(o => o != id) is var other && other != Guid.Empty ? other : null;

    /// <summary>True when no NIC has <paramref name="id"/>.</summary>
    public bool IsNicFree(Guid id) => !_nicIds.Contains(id);

    /// <summary>A NIC row with <paramref name="id"/> was written, or deleted (<paramref name="exists"/> false).</summary>
    public void NicWritten(Guid id, bool exists)
    {
        if (exists)
        {
            _nicIds.Add(id);
        }
        else
        {
            _nicIds.Remove(id);
        }
    }

    public string? GroupId(string name) => _groups.GetValueOrDefault(name);

    public string? BootProfileId(string name) => _profiles.GetValueOrDefault(name);

    /// <summary>Takes in a node this batch saved: it replaces <paramref name="before"/> (null: a new node).</summary>
    public void Saved(ComputeNode? before, ComputeNode after, long version)
    {
        if (before?.Xname is { } old)
        {
            if (_xnameOwners.TryGetValue(old, out var owners))
            {
                owners.Remove(before.Id);
            }

            if (old != after.Xname)
            {
                // Another stored node may share the old xname (collected data is kept as reported): ask the store.
                _byXname.Remove(old);
            }
        }

        var saved = new Versioned<ComputeNode>(after, version);
        _byId[after.Id] = saved;
        if (after.Xname is { } xname)
        {
            Own(xname, after.Id);
            _byXname[xname] = saved;
        }
    }

    /// <summary>Takes in a node this batch removed (its rows deleted on the connection, its NICs with it).</summary>
    public void Removed(ComputeNode node)
    {
        _byId[node.Id] = null;
        if (node.Xname is { } xname)
        {
            if (_xnameOwners.TryGetValue(xname, out var owners))
            {
                owners.Remove(node.Id);
            }

            // Another stored node may share the xname: ask the store.
            _byXname.Remove(xname);
        }

        foreach (var nic in node.NetworkInterfaces)
        {
            _nicIds.Remove(nic.Id);
        }
    }

    private void Own(string xname, Guid id)
    {
        if (!_xnameOwners.TryGetValue(xname, out var owners))
        {
            _xnameOwners[xname] = owners = [];
        }

        owners.Add(id);
    }

    /// <summary>Reads the named nodes in one query (their keys staged in a temporary table) and notes the names no node has.</summary>
    private void LoadNamed(List<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var connection = _tx.Connection;
        connection.Run($"CREATE OR REPLACE TEMP TABLE {KeysTable} (key VARCHAR)");
        using (var appender = connection.Connection.CreateAppender(KeysTable))
        {
            foreach (var key in keys)
            {
                appender.CreateRow().AppendValue(Guid.TryParse(key, out var id) ? id.ToString() : key).EndRow();
            }
        }

        var where = new FilterClause($"(nodes.xname IN (SELECT key FROM {KeysTable}) OR CAST(nodes.id AS VARCHAR) IN (SELECT key FROM {KeysTable}))", []);
        foreach (var node in _nodes.Load(connection, where))
        {
            _byId.TryAdd(node.Record.Id, node);
            if (node.Record.Xname is { } xname)
            {
                // Rows come sorted by xname, then id: the first is the one a lookup by xname returns.
                _byXname.TryAdd(xname, node);
            }
        }

        connection.Run($"DROP TABLE {KeysTable}");
        foreach (var key in keys)
        {
            if (Guid.TryParse(key, out var id))
            {
                _byId.TryAdd(id, null);
            }
            else
            {
                _byXname.TryAdd(key, null);
            }
        }
    }
}
