using Discovery.Records.Columns;
using Discovery.Records.Network;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>
/// The filters each kind's listing understands (<c>GET /nodes?xname=...</c>, <c>discover get nodes --xname ...</c>):
/// first one per column that its record's column map marks filterable, then the kind's own (MACs and IPs over its
/// NICs, memberships...). MACs and IPs are brought to their normal form first, so any spelling finds the record.
/// </summary>
internal static class RecordFilters
{
    private static readonly RecordFilter[] NodeFilters =
    [
        .. Columns(StoreSchema.Nodes),
        new("mac", "boot MAC or the MAC of any of the node's interfaces", value => Mac(value, m => new FilterClause(
            "(nodes.boot_mac = ? OR nodes.id IN (SELECT owner_id FROM nics WHERE mac_address = ? OR permanent_mac_address = ?))", [m, m, m]))),
        new("ip", "management IP or an address of any of the node's interfaces", value => Ip(value, ip => new FilterClause(
            "(nodes.management_ip = ? OR nodes.id IN (SELECT owner_id FROM nics WHERE list_contains(ipv4_addresses, ?) OR list_contains(ipv6_addresses, ?)))",
            [ip, ip, ip]))),
        new("missing_ip", "true: nodes with no management IP and no IPv4 address on any interface; false: the others", value => Flag("missing_ip", value,
            "(nodes.management_ip IS NULL AND NOT EXISTS (SELECT 1 FROM nics WHERE nics.owner_id = nodes.id AND len(nics.ipv4_addresses) > 0))")),
        new("group", "member of the group with this name", value => new FilterClause(
            "nodes.id IN (SELECT m.node_id FROM group_members m JOIN node_groups g ON g.id = m.group_id WHERE g.name = ?)", [value])),
        new("search", "xname, host name, MAC, IP or group name contains this text (any case): the web view's search box", NodeSearch.Where),
        new("bmc", "managed by the BMC with this id, xname or IP", value => new FilterClause(
            "(CAST(nodes.bmc_id AS VARCHAR) = ? OR nodes.bmc_ip = ? OR nodes.bmc_id IN (SELECT id FROM bmcs WHERE xname = ?))", [value.Trim().ToLowerInvariant(), value, value])),
    ];

    private static readonly RecordFilter[] BmcFilters =
    [
        .. Columns(StoreSchema.Bmcs),
        new("mac", "the BMC's MAC or the MAC of any of its interfaces", value => Mac(value, m => new FilterClause(
            "(bmcs.mac = ? OR bmcs.id IN (SELECT owner_id FROM nics WHERE mac_address = ? OR permanent_mac_address = ?))", [m, m, m]))),
    ];

    private static readonly RecordFilter[] InterfaceFilters =
    [
        .. Columns(StoreSchema.Nics),
        new("mac", "current or permanent MAC", value => Mac(value, m => new FilterClause(
            "(nics.mac_address = ? OR nics.permanent_mac_address = ?)", [m, m]))),
        new("ip", "an IPv4 or IPv6 address of the interface", value => Ip(value, ip => new FilterClause(
            "(list_contains(nics.ipv4_addresses, ?) OR list_contains(nics.ipv6_addresses, ?))", [ip, ip]))),
        new("missing_ip", "true: interfaces without an IPv4 address", value => Flag("missing_ip", value, "len(nics.ipv4_addresses) = 0")),
    ];

    private static readonly RecordFilter[] GroupFilters =
    [
        .. Columns(StoreSchema.Groups),
        new("label", "a label, as key=value", Label),
        new("member", "has the node with this id or xname as a member", value => new FilterClause(
            "node_groups.id IN (SELECT m.group_id FROM group_members m JOIN nodes n ON n.id = m.node_id WHERE n.id = TRY_CAST(? AS UUID) OR n.xname = ?)", [value, value])),
    ];

    private static readonly RecordFilter[] BootProfileFilters = [.. Columns(StoreSchema.BootProfiles)];

    private static readonly RecordFilter[] SessionTemplateFilters = [.. Columns(StoreSchema.SessionTemplates)];

    /// <summary>The filter names and what they match, for <paramref name="kind"/>.</summary>
    public static IReadOnlyList<(string Name, string Description)> Describe(RecordKind kind) =>
        [.. For(kind).Select(f => (f.Name, f.Description))];

    internal static IReadOnlyList<RecordFilter> For(RecordKind kind) => kind switch
    {
        RecordKind.Node => NodeFilters,
        RecordKind.Bmc => BmcFilters,
        RecordKind.Interface => InterfaceFilters,
        RecordKind.Group => GroupFilters,
        RecordKind.SessionTemplate => SessionTemplateFilters,
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
                    $"{QuotedValue.Of(name)} is not a filter of {RecordKinds.Collection(kind)}; use one of: {string.Join(", ", known.Select(f => f.Name))}");
            var clause = filter.Build(value ?? string.Empty);
            selective |= clause.Selective;
            parts.Add(clause.Sql);
            parameters.AddRange(clause.Parameters);
        }

        return new FilterClause(parts.Count == 0 ? "TRUE" : string.Join(" AND ", parts), parameters, selective);
    }

    /// <summary>The filters of the columns that <paramref name="table"/>'s column map marks filterable, in column order.</summary>
    private static IEnumerable<RecordFilter> Columns<T>(RecordTable<T> table)
        where T : class =>
        table.Map.In(ColumnPlacement.Store).Where(c => c.Filter is not null).Select(c => RecordFilter.Column(
            c.Name,
            // UUIDs compare as text, so a filter value that is not a UUID matches nothing instead of failing the cast.
            c.Type == ColumnType.Uuid ? $"CAST({table.Name}.{c.Name} AS VARCHAR)" : $"{table.Name}.{c.Name}",
            c.Filter!.Description,
            c.Filter.Normalize,
            c.Filter.Selective));

    private static FilterClause Mac(string value, Func<string, FilterClause> build) =>
        build(MacAddressNormalizer.Normalize(value) ?? throw new InventoryQueryException("mac", $"{QuotedValue.Of(value)} is not a MAC address"));

    private static FilterClause Ip(string value, Func<string, FilterClause> build) =>
        build(IpAddressNormalizer.NormalizeIpv4(value) ?? IpAddressNormalizer.NormalizeIpv6(value)
            ?? throw new InventoryQueryException("ip", $"{QuotedValue.Of(value)} is not an IP address"));

    private static FilterClause Flag(string name, string value, string sql) => value.Trim().ToLowerInvariant() switch
    {
        "" or "true" or "1" or "yes" => new FilterClause(sql, []),
        "false" or "0" or "no" => new FilterClause($"NOT {sql}", []),
        _ => throw new InventoryQueryException(name, $"{QuotedValue.Of(value)} is not true or false"),
    };

    private static FilterClause Label(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new InventoryQueryException("label", $"{QuotedValue.Of(value)} is not key=value");
        }

        return new FilterClause("list_contains(map_extract(node_groups.labels, ?), ?)", [value[..equals], value[(equals + 1)..]]);
    }
}
