using Discovery.Records;
using Discovery.Records.Columns;
using Discovery.Store.DuckDb;

namespace Discovery.Store;

/// <summary>
/// Every node row and node NIC row of the working set, read for the read model's load with typed getters by ordinal
/// into one object initializer per row. The general path (<see cref="RecordReader{T}"/>) boxes every value and copies
/// the record once per column it sets, which was most of a 250,000-node load. Reads the same records: a test compares
/// the two on odd values, and another that <see cref="NodeColumns"/> and <see cref="NicColumns"/> are every store column.
/// </summary>
internal static class NodeRows
{
    /// <summary>The node columns read, in ordinal order (then <c>version</c>).</summary>
    internal static readonly string[] NodeColumns =
    [
        "id", "xname", "hostname", "reported_hostname", "arch", "manufacturer", "model", "serial_number", "system_uuid", "bios_version",
        "power_state", "processor_count", "processor_model", "memory_gib", "boot_mac", "management_ip", "bmc_id", "bmc_ip", "bmc_mac",
        "boot_profile", "redfish_uri", "empty_slots", "first_seen", "last_seen", "last_updated",
    ];

    /// <summary>The NIC columns read, in ordinal order.</summary>
    internal static readonly string[] NicColumns =
    [
        "id", "owner_id", "owner_kind", "name", "redfish_uri", "mac_address", "permanent_mac_address", "ipv4_addresses", "ipv6_addresses",
        "speed_mbps", "link_status", "enabled", "hostname", "fqdn", "vlan_id",
    ];

    /// <summary>Every node row with its version, NICs and groups not yet attached.</summary>
    public static List<Versioned<ComputeNode>> Nodes(StoreConnection connection) =>
        connection.ReadAll($"SELECT {string.Join(", ", NodeColumns)}, version FROM {StoreSchema.Nodes.Name}", [], reader =>
            new Versioned<ComputeNode>(
                new ComputeNode
                {
                    Id = reader.GetGuid(0),
                    Xname = reader.StringOrNull(1),
                    Hostname = reader.StringOrNull(2),
                    ReportedHostname = reader.StringOrNull(3),
                    Arch = reader.StringOrNull(4),
                    Manufacturer = reader.StringOrNull(5),
                    Model = reader.StringOrNull(6),
                    SerialNumber = reader.StringOrNull(7),
                    SystemUuid = reader.StringOrNull(8),
                    BiosVersion = reader.StringOrNull(9),
                    PowerState = reader.StringOrNull(10),
                    ProcessorCount = reader.IsDBNull(11) ? null : reader.GetInt32(11),
                    ProcessorModel = reader.StringOrNull(12),
                    MemoryGib = reader.IsDBNull(13) ? null : reader.GetDouble(13),
                    BootMac = reader.StringOrNull(14),
                    ManagementIp = reader.StringOrNull(15),
                    BmcId = reader.IsDBNull(16) ? null : reader.GetGuid(16),
                    BmcIp = reader.StringOrNull(17),
                    BmcMac = reader.StringOrNull(18),
                    BootProfile = reader.StringOrNull(19),
                    RedfishUri = reader.StringOrNull(20),
                    EmptySlots = EmptySlotsJson.Read(reader.StringOrNull(21)),
                    FirstSeen = reader.UtcOrNull(22),
                    LastSeen = reader.UtcOrNull(23),
                    LastUpdated = reader.UtcOrNull(24),
                },
                reader.IsDBNull(25) ? 0 : reader.GetInt64(25)));

    /// <summary>The NICs whose owner <paramref name="owners"/> selects, in no order (<see cref="OwnedInterfaces.ByOwner"/> groups and sorts them).</summary>
    public static List<NetworkInterface> Nics(StoreConnection connection, FilterClause owners) =>
        connection.ReadAll($"SELECT {string.Join(", ", NicColumns)} FROM {StoreSchema.Nics.Name} WHERE {owners.Sql}", owners.Parameters, reader =>
            new NetworkInterface
            {
                Id = reader.GetGuid(0),
                OwnerId = reader.IsDBNull(1) ? Guid.Empty : reader.GetGuid(1),
                OwnerKind = NetworkInterfaceColumns.OwnerKind(reader.StringOrNull(2)),
                Name = reader.StringOrNull(3),
                RedfishUri = reader.StringOrNull(4),
                MacAddress = reader.StringOrNull(5),
                PermanentMacAddress = reader.StringOrNull(6),
                Ipv4Addresses = reader.IsDBNull(7) ? [] : reader.GetFieldValue<List<string>>(7),
                Ipv6Addresses = reader.IsDBNull(8) ? [] : reader.GetFieldValue<List<string>>(8),
                SpeedMbps = reader.IsDBNull(9) ? null : reader.GetInt64(9),
                LinkStatus = reader.StringOrNull(10),
                Enabled = reader.IsDBNull(11) ? null : reader.GetBoolean(11),
                Hostname = reader.StringOrNull(12),
                Fqdn = reader.StringOrNull(13),
                VlanId = reader.IsDBNull(14) ? null : reader.GetInt32(14),
            });
}
