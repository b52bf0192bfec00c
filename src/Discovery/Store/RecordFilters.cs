using Discovery.Records.Network;

namespace Discovery.Store;

/// <summary>
/// The filters each kind's listing understands (<c>GET /nodes?xname=...</c>, <c>discover get nodes --xname ...</c>).
/// MACs and IPs are brought to their normal form first, so any spelling finds the record.
/// </summary>
internal static class RecordFilters
{
    private static readonly RecordFilter[] NodeFilters =
    [
        RecordFilter.Column("id", "CAST(nodes.id AS VARCHAR)", "the node's id", Lower),
        RecordFilter.Column("xname", "nodes.xname", "xname (glob with *)", selective: true),
        RecordFilter.Column("hostname", "nodes.hostname", "host name (glob with *)", selective: true),
        RecordFilter.Column("arch", "nodes.arch", "CPU architecture (x86_64, aarch64)"),
        RecordFilter.Column("manufacturer", "nodes.manufacturer", "system manufacturer"),
        RecordFilter.Column("model", "nodes.model", "system model (glob with *)"),
        RecordFilter.Column("serial_number", "nodes.serial_number", "serial number", selective: true),
        RecordFilter.Column("system_uuid", "nodes.system_uuid", "system UUID", v => v.Trim().ToLowerInvariant()),
        RecordFilter.Column("power_state", "nodes.power_state", "power state (On, Off)"),
        new("mac", "boot MAC or the MAC of any of the node's interfaces", value => Mac(value, m => new FilterClause(
            "(nodes.boot_mac = ? OR nodes.id IN (SELECT owner_id FROM nics WHERE mac_address = ? OR permanent_mac_address = ?))", [m, m, m]))),
        new("ip", "management IP or an address of any of the node's interfaces", value => Ip(value, ip => new FilterClause(
            "(nodes.management_ip = ? OR nodes.id IN (SELECT owner_id FROM nics WHERE list_contains(ipv4_addresses, ?) OR list_contains(ipv6_addresses, ?)))",
            [ip, ip, ip]))),
        new("missing_ip", "true: nodes with no management IP and no IPv4 address on any interface; false: the others", value => Flag("missing_ip", value,
            "(nodes.management_ip IS NULL AND NOT EXISTS (SELECT 1 FROM nics WHERE nics.owner_id = nodes.id AND len(nics.ipv4_addresses) > 0))")),
        new("group", "member of the group with this name", value => new FilterClause(
            "nodes.id IN (SELECT m.node_id FROM group_members m JOIN node_groups g ON g.id = m.group_id WHERE g.name = ?)", [value])),
        new("bmc", "managed by the BMC with this id, xname or IP", value => new FilterClause(
            "(CAST(nodes.bmc_id AS VARCHAR) = ? OR nodes.bmc_ip = ? OR nodes.bmc_id IN (SELECT id FROM bmcs WHERE xname = ?))", [value.Trim().ToLowerInvariant(), value, value])),
        new("boot_profile", "the boot profile attached to the node itself, by name", value => new FilterClause(
            "nodes.boot_profile = ?", [value])),
    ];

    private static readonly RecordFilter[] BmcFilters =
    [
        RecordFilter.Column("id", "CAST(bmcs.id AS VARCHAR)", "the BMC's id", Lower),
        RecordFilter.Column("xname", "bmcs.xname", "xname (glob with *)", selective: true),
        RecordFilter.Column("ip", "bmcs.ip", "the address the crawler connected to", selective: true),
        new("mac", "the BMC's MAC or the MAC of any of its interfaces", value => Mac(value, m => new FilterClause(
            "(bmcs.mac = ? OR bmcs.id IN (SELECT owner_id FROM nics WHERE mac_address = ? OR permanent_mac_address = ?))", [m, m, m]))),
        RecordFilter.Column("manufacturer", "bmcs.manufacturer", "manufacturer"),
        RecordFilter.Column("model", "bmcs.model", "model (glob with *)"),
        RecordFilter.Column("firmware_version", "bmcs.firmware_version", "firmware version (glob with *)"),
        RecordFilter.Column("service_uuid", "bmcs.service_uuid", "ServiceRoot UUID", v => v.Trim().ToLowerInvariant()),
        RecordFilter.Column("last_crawl_status", "bmcs.last_crawl_status", "outcome of the last crawl (ok, partial, auth_failed, ...)"),
    ];

    private static readonly RecordFilter[] InterfaceFilters =
    [
        RecordFilter.Column("id", "CAST(nics.id AS VARCHAR)", "the interface's id", Lower),
        RecordFilter.Column("owner_id", "CAST(nics.owner_id AS VARCHAR)", "id of the owning node or BMC", Lower),
        RecordFilter.Column("owner_kind", "nics.owner_kind", "node or bmc"),
        RecordFilter.Column("name", "nics.name", "interface name (glob with *)"),
        new("mac", "current or permanent MAC", value => Mac(value, m => new FilterClause(
            "(nics.mac_address = ? OR nics.permanent_mac_address = ?)", [m, m]))),
        new("ip", "an IPv4 or IPv6 address of the interface", value => Ip(value, ip => new FilterClause(
            "(list_contains(nics.ipv4_addresses, ?) OR list_contains(nics.ipv6_addresses, ?))", [ip, ip]))),
        new("missing_ip", "true: interfaces without an IPv4 address", value => Flag("missing_ip", value, "len(nics.ipv4_addresses) = 0")),
        RecordFilter.Column("link_status", "nics.link_status", "LinkUp, LinkDown, NoLink"),
    ];

    private static readonly RecordFilter[] GroupFilters =
    [
        RecordFilter.Column("id", "CAST(node_groups.id AS VARCHAR)", "the group's id", Lower),
        RecordFilter.Column("name", "node_groups.name", "group name (glob with *)", selective: true),
        new("label", "a label, as key=value", Label),
        new("member", "has the node with this id or xname as a member", value => new FilterClause(
            "node_groups.id IN (SELECT m.group_id FROM group_members m JOIN nodes n ON n.id = m.node_id WHERE n.id = TRY_CAST(? AS UUID) OR n.xname = ?)", [value, value])),
    ];

    private static readonly RecordFilter[] BootProfileFilters =
    [
        RecordFilter.Column("id", "CAST(boot_profiles.id AS VARCHAR)", "the profile's id", Lower),
        RecordFilter.Column("name", "boot_profiles.name", "profile name (glob with *)", selective: true),
    ];

    /// <summary>The filter names and what they match, for <paramref name="kind"/>.</summary>
    public static IReadOnlyList<(string Name, string Description)> Describe(RecordKind kind) =>
        [.. For(kind).Select(f => (f.Name, f.Description))];

    internal static IReadOnlyList<RecordFilter> For(RecordKind kind) => kind switch
    {
        RecordKind.Node => NodeFilters,
        RecordKind.Bmc => BmcFilters,
        RecordKind.Interface => InterfaceFilters,
        RecordKind.Group => GroupFilters,
        _ => BootProfileFilters,
    };

    /// <summary>The WHERE clause (<c>TRUE</c> when there are no filters) for <paramref name="filters"/>.</summary>
    /// <exception cref="InventoryQueryException">An unknown filter or a value it cannot use.</exception>
    internal static FilterClause Where(RecordKind kind, IReadOnlyDictionary<string, string> filters)
    {
        var known = For(kind);
        var parts = new List<string>();
        var parameters = new List<string?>();
        var selective = false;
        foreach (var (name, value) in filters.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var filter = known.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
                ?? throw new InventoryQueryException(name,
                    $"'{name}' is not a filter of {RecordKinds.Collection(kind)}; use one of: {string.Join(", ", known.Select(f => f.Name))}");
            var clause = filter.Build(value ?? string.Empty);
            selective |= clause.Selective;
            parts.Add(clause.Sql);
            parameters.AddRange(clause.Parameters);
        }

        return new FilterClause(parts.Count == 0 ? "TRUE" : string.Join(" AND ", parts), parameters, selective);
    }

    private static string Lower(string value) => value.Trim().ToLowerInvariant();

    private static FilterClause Mac(string value, Func<string, FilterClause> build) =>
        build(MacAddressNormalizer.Normalize(value) ?? throw new InventoryQueryException("mac", $"'{value}' is not a MAC address"));

    private static FilterClause Ip(string value, Func<string, FilterClause> build) =>
        build(IpAddressNormalizer.NormalizeIpv4(value) ?? IpAddressNormalizer.NormalizeIpv6(value)
            ?? throw new InventoryQueryException("ip", $"'{value}' is not an IP address"));

    private static FilterClause Flag(string name, string value, string sql) => value.Trim().ToLowerInvariant() switch
    {
        "" or "true" or "1" or "yes" => new FilterClause(sql, []),
        "false" or "0" or "no" => new FilterClause($"NOT {sql}", []),
        _ => throw new InventoryQueryException(name, $"'{value}' is not true or false"),
    };

    private static FilterClause Label(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new InventoryQueryException("label", $"'{value}' is not key=value");
        }

        return new FilterClause("list_contains(map_extract(node_groups.labels, ?), ?)", [value[..equals], value[(equals + 1)..]]);
    }
}
