namespace Discovery.Store;

/// <summary>
/// The working set's tables. Ids are UUID (text through the binding); times are TIMESTAMP (UTC); address lists are VARCHAR[] and
/// labels MAP(VARCHAR, VARCHAR), so SQL over the store or a snapshot reads them natively. Every record row
/// carries <c>version</c>, from one store-wide counter (the ETag). NICs are rows of <c>nics</c>, linked to
/// their owner by <c>owner_id</c> + <c>owner_kind</c>; group membership is <c>group_members</c>; a boot
/// profile attaches by name through <c>boot_profile</c> on a node or a group.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Bumped when a table changes shape; a snapshot of another version is not restored blindly.</summary>
    public const int Version = 1;

    public static readonly StoreTable Nodes = new("nodes",
    [
        new("id", "UUID"), new("xname", "VARCHAR"), new("hostname", "VARCHAR"), new("arch", "VARCHAR"),
        new("manufacturer", "VARCHAR"), new("model", "VARCHAR"), new("serial_number", "VARCHAR"), new("system_uuid", "VARCHAR"),
        new("bios_version", "VARCHAR"), new("power_state", "VARCHAR"), new("processor_count", "INTEGER"),
        new("processor_model", "VARCHAR"), new("memory_gib", "DOUBLE"), new("boot_mac", "VARCHAR"), new("management_ip", "VARCHAR"),
        new("bmc_id", "UUID"), new("bmc_ip", "VARCHAR"), new("bmc_mac", "VARCHAR"), new("boot_profile", "VARCHAR"),
        new("redfish_uri", "VARCHAR"), new("first_seen", "TIMESTAMP"), new("last_seen", "TIMESTAMP"),
        new("last_updated", "TIMESTAMP"), new("version", "BIGINT NOT NULL"),
    ], indexes: ["xname"]);

    public static readonly StoreTable Bmcs = new("bmcs",
    [
        new("id", "UUID"), new("xname", "VARCHAR"), new("ip", "VARCHAR"), new("port", "INTEGER"), new("mac", "VARCHAR"),
        new("fqdn", "VARCHAR"), new("manufacturer", "VARCHAR"), new("model", "VARCHAR"), new("firmware_version", "VARCHAR"),
        new("redfish_version", "VARCHAR"), new("service_uuid", "VARCHAR"), new("manager_type", "VARCHAR"),
        new("first_seen", "TIMESTAMP"), new("last_seen", "TIMESTAMP"), new("last_crawl_status", "VARCHAR"),
        new("last_updated", "TIMESTAMP"), new("version", "BIGINT NOT NULL"),
    ]);

    public static readonly StoreTable Nics = new("nics",
    [
        new("id", "UUID"), new("owner_id", "UUID"), new("owner_kind", "VARCHAR"), new("name", "VARCHAR"),
        new("redfish_uri", "VARCHAR"), new("mac_address", "VARCHAR"), new("permanent_mac_address", "VARCHAR"),
        new("ipv4_addresses", "VARCHAR[]"), new("ipv6_addresses", "VARCHAR[]"), new("speed_mbps", "BIGINT"),
        new("link_status", "VARCHAR"), new("enabled", "BOOLEAN"), new("hostname", "VARCHAR"), new("fqdn", "VARCHAR"),
        new("vlan_id", "INTEGER"), new("last_updated", "TIMESTAMP"), new("version", "BIGINT NOT NULL"),
    ], indexes: ["owner_id"]);

    public static readonly StoreTable Groups = new("node_groups",
    [
        new("id", "UUID"), new("name", "VARCHAR"), new("description", "VARCHAR"), new("labels", "MAP(VARCHAR, VARCHAR)"),
        new("boot_profile", "VARCHAR"), new("last_updated", "TIMESTAMP"), new("version", "BIGINT NOT NULL"),
    ]);

    public static readonly StoreTable GroupMembers = new("group_members",
        [new("group_id", "UUID"), new("node_id", "UUID")]);

    public static readonly StoreTable BootProfiles = new("boot_profiles",
    [
        new("id", "UUID"), new("name", "VARCHAR"), new("ssh_key", "VARCHAR"), new("admin_username", "VARCHAR"),
        new("user_data", "VARCHAR"), new("image_url", "VARCHAR"), new("kernel_url", "VARCHAR"), new("initrd_url", "VARCHAR"),
        new("kernel_params", "VARCHAR"), new("last_updated", "TIMESTAMP"), new("version", "BIGINT NOT NULL"),
    ]);

    /// <summary>One row per change: <c>changes</c> is a JSON array of {field, before, after}.</summary>
    public static readonly StoreTable History = new("history",
    [
        new("seq", "BIGINT"), new("changed_at", "TIMESTAMP"), new("kind", "VARCHAR"), new("record_id", "UUID"),
        new("label", "VARCHAR"), new("event", "VARCHAR"), new("changes", "VARCHAR"), new("actor", "VARCHAR"),
    ], indexes: ["record_id"]);

    /// <summary>Key/value facts about the store itself (<c>schema_version</c>).</summary>
    public static readonly StoreTable Meta = new("store_meta", [new("key", "VARCHAR"), new("value", "VARCHAR")]);

    /// <summary>Every table, in restore order.</summary>
    public static readonly IReadOnlyList<StoreTable> All = [Meta, BootProfiles, Groups, Bmcs, Nodes, Nics, GroupMembers, History];
}
