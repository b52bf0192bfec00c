namespace Discovery.CrawlLog;

/// <summary>
/// The crawl log's tables. Every table has <c>run_id</c>; times are TIMESTAMP in UTC; ids are UUID text;
/// <c>ipv4_addresses</c>, <c>ipv6_addresses</c> and <c>groups</c> are LIST&lt;VARCHAR&gt;; a node's
/// <c>boot_profile</c> is the name of its own boot profile. Nodes and BMCs do not repeat their NICs: those are rows of
/// <c>nics</c> with <c>owner_id</c>/<c>owner_kind</c>. Readers add the hive column <c>date</c>.
/// </summary>
internal static class CrawlLogTables
{
    public static readonly CrawlLogTable Runs = new("runs",
    [
        new("run_id", "VARCHAR"), new("kind", "VARCHAR"), new("started_at", "TIMESTAMP"), new("ended_at", "TIMESTAMP"),
        new("status", "VARCHAR"), new("scans", "BIGINT"), new("responses", "BIGINT"), new("nodes", "BIGINT"),
        new("bmcs", "BIGINT"), new("nics", "BIGINT"), new("description", "VARCHAR"),
    ]);

    public static readonly CrawlLogTable Scans = new("scans",
    [
        new("run_id", "VARCHAR"), new("ts", "TIMESTAMP"), new("address", "VARCHAR"), new("port", "INTEGER"),
        new("probe", "VARCHAR"), new("status", "VARCHAR"), new("elapsed_ms", "DOUBLE"), new("redfish_version", "VARCHAR"),
        new("service_uuid", "VARCHAR"), new("vendor", "VARCHAR"), new("product", "VARCHAR"), new("error", "VARCHAR"),
    ]);

    public static readonly CrawlLogTable Responses = new("responses",
    [
        new("run_id", "VARCHAR"), new("ts", "TIMESTAMP"), new("bmc", "VARCHAR"), new("port", "INTEGER"),
        new("method", "VARCHAR"), new("uri", "VARCHAR"), new("status", "INTEGER"), new("elapsed_ms", "DOUBLE"),
        new("bytes", "BIGINT"), new("etag", "VARCHAR"), new("odata_type", "VARCHAR"), new("body", "VARCHAR"),
        new("error", "VARCHAR"),
    ]);

    public static readonly CrawlLogTable Nodes = new("nodes",
    [
        new("run_id", "VARCHAR"), new("id", "VARCHAR"), new("xname", "VARCHAR"), new("hostname", "VARCHAR"),
        new("arch", "VARCHAR"), new("manufacturer", "VARCHAR"), new("model", "VARCHAR"), new("serial_number", "VARCHAR"),
        new("system_uuid", "VARCHAR"), new("bios_version", "VARCHAR"), new("power_state", "VARCHAR"),
        new("processor_count", "INTEGER"), new("processor_model", "VARCHAR"), new("memory_gib", "DOUBLE"),
        new("boot_mac", "VARCHAR"), new("management_ip", "VARCHAR"), new("bmc_id", "VARCHAR"), new("bmc_ip", "VARCHAR"),
        new("bmc_mac", "VARCHAR"), new("boot_profile", "VARCHAR"), new("groups", "VARCHAR", IsStringList: true),
        new("redfish_uri", "VARCHAR"), new("first_seen", "TIMESTAMP"), new("last_seen", "TIMESTAMP"),
        new("last_updated", "TIMESTAMP"),
    ]);

    public static readonly CrawlLogTable Bmcs = new("bmcs",
    [
        new("run_id", "VARCHAR"), new("id", "VARCHAR"), new("xname", "VARCHAR"), new("ip", "VARCHAR"), new("port", "INTEGER"),
        new("mac", "VARCHAR"), new("fqdn", "VARCHAR"), new("manufacturer", "VARCHAR"), new("model", "VARCHAR"),
        new("firmware_version", "VARCHAR"), new("redfish_version", "VARCHAR"), new("service_uuid", "VARCHAR"),
        new("manager_type", "VARCHAR"), new("first_seen", "TIMESTAMP"), new("last_seen", "TIMESTAMP"),
        new("last_crawl_status", "VARCHAR"),
    ]);

    public static readonly CrawlLogTable Nics = new("nics",
    [
        new("run_id", "VARCHAR"), new("id", "VARCHAR"), new("owner_id", "VARCHAR"), new("owner_kind", "VARCHAR"),
        new("name", "VARCHAR"), new("redfish_uri", "VARCHAR"), new("mac_address", "VARCHAR"),
        new("permanent_mac_address", "VARCHAR"), new("ipv4_addresses", "VARCHAR", IsStringList: true),
        new("ipv6_addresses", "VARCHAR", IsStringList: true), new("speed_mbps", "BIGINT"), new("link_status", "VARCHAR"),
        new("enabled", "BOOLEAN"), new("hostname", "VARCHAR"), new("fqdn", "VARCHAR"), new("vlan_id", "INTEGER"),
    ]);

    /// <summary>Every table, in the order readers list them.</summary>
    public static readonly IReadOnlyList<CrawlLogTable> All = [Runs, Scans, Responses, Nodes, Bmcs, Nics];
}
