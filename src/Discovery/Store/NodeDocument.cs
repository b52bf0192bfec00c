using System.Text.Json;
using Discovery.Records;

namespace Discovery.Store;

/// <summary>
/// One node as the read model keeps it: its JSON (UTF-8, exactly what the API sends), its version, and the keys
/// point reads find it by. Immutable: a write replaces the whole document.
/// </summary>
internal sealed class NodeDocument
{
    private NodeDocument(Guid id, string? xname, long version, byte[] json, string[] macs, string[] ips, object?[] filterValues, string[] groups, bool missingIp)
    {
        Id = id;
        Xname = xname;
        XnameKey = NaturalSortKey.Of(xname);
        Version = version;
        Json = json;
        Macs = macs;
        Ips = ips;
        FilterValues = filterValues;
        Groups = groups;
        MissingIp = missingIp;
    }

    public Guid Id { get; }

    public string? Xname { get; }

    /// <summary>The xname's natural sort key (<see cref="NaturalSortKey"/>), which listings sort by first.</summary>
    public string? XnameKey { get; }

    public long Version { get; }

    /// <summary>The node serialized with <see cref="InventoryJsonContext"/> (NICs and groups included).</summary>
    public byte[] Json { get; }

    /// <summary>The boot MAC and every current or permanent MAC of the node's NICs (what <c>?mac=</c> matches).</summary>
    public string[] Macs { get; }

    /// <summary>The management IP and every address of the node's NICs (what <c>?ip=</c> matches).</summary>
    public string[] Ips { get; }

    /// <summary>The values of the node's filterable columns, in <see cref="NodeDocumentFilters.Columns"/>' order (what <c>?arch=</c> and the like match).</summary>
    public object?[] FilterValues { get; }

    /// <summary>The names of the node's groups (what <c>?group=</c> matches).</summary>
    public string[] Groups { get; }

    /// <summary>No management IP and no IPv4 address on any NIC (what <c>?missing_ip=true</c> matches).</summary>
    public bool MissingIp { get; }

    /// <summary>The HTTP entity tag of <see cref="Version"/>.</summary>
    public string ETag => EntityTags.Format(Version);

    public static NodeDocument Of(Versioned<ComputeNode> stored)
    {
        var node = stored.Record;
        var macs = new List<string>();
        var ips = new List<string>();
        AddIfAny(macs, node.BootMac);
        AddIfAny(ips, node.ManagementIp);
        foreach (var nic in node.NetworkInterfaces)
        {
            AddIfAny(macs, nic.MacAddress);
            AddIfAny(macs, nic.PermanentMacAddress);
            ips.AddRange(nic.Ipv4Addresses);
            ips.AddRange(nic.Ipv6Addresses);
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(node, InventoryJsonContext.Default.ComputeNode);
        var missingIp = node.ManagementIp is null && node.NetworkInterfaces.All(n => n.Ipv4Addresses.Count == 0);
        return new NodeDocument(
            node.Id, node.Xname, stored.Version, json, [.. macs.Distinct(StringComparer.Ordinal)], [.. ips.Distinct(StringComparer.Ordinal)],
            NodeDocumentFilters.ValuesOf(node), [.. node.Groups], missingIp);
    }

    /// <summary>
    /// The document of a node as a write stored it, or null when DuckDB would read it back differently: a time finer than
    /// a microsecond or not in UTC, or text that is not valid UTF-16 (DuckDB keeps UTF-8) or that the JSON escapes as a surrogate.
    /// </summary>
    public static NodeDocument? OfWritten(Versioned<ComputeNode> written)
    {
        var node = written.Record;
        if (!AsStored(node.FirstSeen) || !AsStored(node.LastSeen) || !AsStored(node.LastUpdated))
        {
            return null;
        }

        var document = Of(written);
        return document.Json.AsSpan().IndexOf("\\uD"u8) >= 0 || document.Json.AsSpan().IndexOf("\\ud"u8) >= 0 ? null : document;
    }

    private static bool AsStored(DateTimeOffset? time) =>
        time is not { } value || (value.Offset == TimeSpan.Zero && value.Ticks % (TimeSpan.TicksPerMillisecond / 1000) == 0);

    /// <summary>The node back as a record (for in-process readers; the API sends <see cref="Json"/> as it is).</summary>
    public Versioned<ComputeNode> ToVersioned() =>
        new(JsonSerializer.Deserialize(Json, InventoryJsonContext.Default.ComputeNode)!, Version);

    /// <summary>The order of node listings (<see cref="NodeSet.ListOrder"/>): xname in natural order (NULLS LAST), then id, as DuckDB sorts them.</summary>
    public static int Compare(NodeDocument x, NodeDocument y)
    {
        var byKey = DuckDbOrder.Compare(x.XnameKey, y.XnameKey);
        if (byKey != 0)
        {
            return byKey;
        }

        var byXname = DuckDbOrder.Compare(x.Xname, y.Xname);
        return byXname != 0 ? byXname : DuckDbOrder.Compare(x.Id, y.Id);
    }

    private static void AddIfAny(List<string> list, string? value)
    {
        if (value is not null)
        {
            list.Add(value);
        }
    }
}
