using System.Globalization;
using Discovery.Records;

namespace Discovery.Store;

/// <summary>
/// What a collect merge looks up to match what it found with what is stored (BMCs by ServiceRoot UUID, MAC or address;
/// nodes by system UUID, or BMC and system URI; a BMC's nodes), read in two queries when the merge starts and then kept
/// in step with the merge's own writes. Each answer is the one the single-row query would give at that point of the
/// transaction (with several rows of one value, as with <c>LIMIT 1</c>, one of them). Before, each BMC cost about six
/// queries, each a scan of a whole table.
/// </summary>
internal sealed class CollectLookups
{
    private readonly KeyIndex _bmcByServiceUuid = new();
    private readonly KeyIndex _bmcByMac = new();
    private readonly KeyIndex _bmcByAddress = new();
    private readonly KeyIndex _bmcByXname = new();
    private readonly KeyIndex _nodeBySystemUuid = new();
    private readonly KeyIndex _nodeByBmcAndUri = new();
    private readonly KeyIndex _nodeByBmc = new();

    public static CollectLookups Load(StoreConnection connection)
    {
        var lookups = new CollectLookups();
        foreach (var (id, uuid, mac, ip, port, xname) in connection.ReadAll(
            "SELECT id, service_uuid, mac, ip, port, xname FROM bmcs", [],
            r => (r.GetGuid(0), Text(r, 1), Text(r, 2), Text(r, 3), r.IsDBNull(4) ? (int?)null : r.GetInt32(4), Text(r, 5))))
        {
            lookups.IndexBmc(id, uuid, mac, ip, port, xname);
        }

        foreach (var (id, uuid, bmc, uri) in connection.ReadAll(
            "SELECT id, system_uuid, bmc_id, redfish_uri FROM nodes", [],
            r => (r.GetGuid(0), Text(r, 1), r.IsDBNull(2) ? (Guid?)null : r.GetGuid(2), Text(r, 3))))
        {
            lookups.IndexNode(id, uuid, bmc, uri);
        }

        return lookups;
    }

    /// <summary>The stored BMC with <paramref name="bmc"/>'s ServiceRoot UUID, else its MAC; null when none.</summary>
    public Guid? Bmc(Bmc bmc) => (bmc.ServiceUuid is { } uuid ? _bmcByServiceUuid.First(uuid) : null) ?? (bmc.Mac is { } mac ? _bmcByMac.First(mac) : null);

    /// <summary>The stored BMC at <paramref name="ip"/> and <paramref name="port"/>; null when none.</summary>
    public Guid? BmcAt(string ip, int port) => _bmcByAddress.First(Address(ip, port));

    /// <summary>The stored node with <paramref name="node"/>'s system UUID, else the same BMC and system URI; null when none.</summary>
    public Guid? Node(ComputeNode node, Guid bmcId) =>
        (node.SystemUuid is { } uuid ? _nodeBySystemUuid.First(uuid) : null) ?? (node.RedfishUri is { } uri ? _nodeByBmcAndUri.First(BmcAndUri(bmcId, uri)) : null);

    /// <summary>Another BMC than <paramref name="id"/> whose xname is <paramref name="xname"/> (the xname check of a BMC write); null when none.</summary>
    public Guid? OtherBmcWithXname(string xname, Guid id) => _bmcByXname.All(xname).FirstOrDefault(o => o != id) is var other && other != Guid.Empty ? other : null;

    /// <summary>Another BMC than <paramref name="id"/> whose ServiceRoot UUID is <paramref name="uuid"/>; null when none.</summary>
    public Guid? OtherBmcWithServiceUuid(string uuid, Guid id) => _bmcByServiceUuid.All(uuid).FirstOrDefault(o => o != id) is var other && other != Guid.Empty ? other : null;

    /// <summary>The stored nodes of BMC <paramref name="bmcId"/>.</summary>
    public IReadOnlyList<Guid> NodesOf(Guid bmcId) => _nodeByBmc.All(bmcId.ToString());

    /// <summary>A BMC was stored as <paramref name="after"/> in place of <paramref name="before"/> (null: new).</summary>
    public void BmcSaved(Bmc? before, Bmc after)
    {
        if (before is not null)
        {
            IndexBmc(before.Id, before.ServiceUuid, before.Mac, before.Ip, before.Port, before.Xname, remove: true);
        }

        IndexBmc(after.Id, after.ServiceUuid, after.Mac, after.Ip, after.Port, after.Xname);
    }

    /// <summary>A node was stored as <paramref name="after"/> in place of <paramref name="before"/> (null: new), or removed (<paramref name="after"/> null).</summary>
    public void NodeSaved(ComputeNode? before, ComputeNode? after)
    {
        if (before is not null)
        {
            IndexNode(before.Id, before.SystemUuid, before.BmcId, before.RedfishUri, remove: true);
        }

        if (after is not null)
        {
            IndexNode(after.Id, after.SystemUuid, after.BmcId, after.RedfishUri);
        }
    }

    private void IndexBmc(Guid id, string? uuid, string? mac, string? ip, int? port, string? xname, bool remove = false)
    {
        _bmcByXname.Set(xname, id, remove);
        _bmcByServiceUuid.Set(uuid, id, remove);
        _bmcByMac.Set(mac, id, remove);
        _bmcByAddress.Set(ip is not null && port is { } p ? Address(ip, p) : null, id, remove);
    }

    private void IndexNode(Guid id, string? uuid, Guid? bmcId, string? uri, bool remove = false)
    {
        _nodeBySystemUuid.Set(uuid, id, remove);
        _nodeByBmcAndUri.Set(bmcId is { } bmc && uri is not null ? BmcAndUri(bmc, uri) : null, id, remove);
        _nodeByBmc.Set(bmcId?.ToString(), id, remove);
    }

    private static string? Text(System.Data.Common.DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string Address(string ip, int port) => string.Create(CultureInfo.InvariantCulture, $"{ip}\n{port}");

    // As the query compared them: rtrim(lower(redfish_uri), '/').
    private static string BmcAndUri(Guid bmcId, string uri) => $"{bmcId}\n{uri.ToLowerInvariant().TrimEnd('/')}";

    /// <summary>Ids by one key, several ids per key allowed.</summary>
    private sealed class KeyIndex
    {
        private readonly Dictionary<string, List<Guid>> _ids = new(StringComparer.Ordinal);

        public Guid? First(string key) => _ids.TryGetValue(key, out var ids) && ids.Count > 0 ? ids[0] : null;

        public IReadOnlyList<Guid> All(string key) => _ids.TryGetValue(key, out var ids) ? [.. ids] : [];

        public void Set(string? key, Guid id, bool remove)
        {
            if (key is null)
            {
                return;
            }

            if (remove)
            {
                if (_ids.TryGetValue(key, out var list))
                {
                    list.Remove(id);
                }

                return;
            }

            if (!_ids.TryGetValue(key, out var ids))
            {
                _ids[key] = ids = [];
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
    }
}
