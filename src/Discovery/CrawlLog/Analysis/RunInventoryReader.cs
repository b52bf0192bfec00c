using System.Text.Json;
using Discovery.Records;
using Discovery.Store.DuckDb;

using Discovery.Store;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// Reads a run's <c>bmcs</c>, <c>nodes</c> and <c>nics</c> rows back into records, typed (where
/// <see cref="RunRecords"/> reads them as text for diffs): the inverse of <c>CrawlLogWriter.AddBmcs</c>/<c>AddNodes</c>.
/// Text columns come back as written, that is after secret scrubbing.
/// </summary>
internal static class RunInventoryReader
{
    public static CrawlRunInventory Load(DuckDbConnection connection, string runId)
    {
        var nics = ReadNics(connection, runId).ToLookup(n => n.OwnerId);
        var bmcs = Read(connection, runId,
            "SELECT id, xname, ip, port, mac, fqdn, manufacturer, model, firmware_version, redfish_version, service_uuid, " +
            "manager_type, first_seen, last_seen, last_crawl_status FROM bmcs WHERE run_id = ?",
            r =>
            {
                var id = Guid.Parse(r.GetString(0)!);
                return new Bmc
                {
                    Id = id,
                    Xname = r.GetString(1),
                    Ip = r.GetString(2)!,
                    Port = r.IsNull(3) ? 443 : r.GetInt32(3),
                    Mac = r.GetString(4),
                    Fqdn = r.GetString(5),
                    Manufacturer = r.GetString(6),
                    Model = r.GetString(7),
                    FirmwareVersion = r.GetString(8),
                    RedfishVersion = r.GetString(9),
                    ServiceUuid = r.GetString(10),
                    ManagerType = r.GetString(11),
                    FirstSeen = Time(r, 12),
                    LastSeen = Time(r, 13),
                    LastCrawlStatus = r.GetString(14),
                    NetworkInterfaces = [.. nics[id]],
                };
            });
        var nodes = Read(connection, runId,
            "SELECT id, xname, hostname, arch, manufacturer, model, serial_number, system_uuid, bios_version, power_state, " +
            "processor_count, processor_model, memory_gib, boot_mac, management_ip, bmc_id, bmc_ip, bmc_mac, boot_profile, " +
            "CAST(to_json(groups) AS VARCHAR), redfish_uri, first_seen, last_seen, last_updated FROM nodes WHERE run_id = ?",
            r =>
            {
                var id = Guid.Parse(r.GetString(0)!);
                return new ComputeNode
                {
                    Id = id,
                    Xname = r.GetString(1),
                    Hostname = r.GetString(2),
                    Arch = r.GetString(3),
                    Manufacturer = r.GetString(4),
                    Model = r.GetString(5),
                    SerialNumber = r.GetString(6),
                    SystemUuid = r.GetString(7),
                    BiosVersion = r.GetString(8),
                    PowerState = r.GetString(9),
                    ProcessorCount = r.IsNull(10) ? null : r.GetInt32(10),
                    ProcessorModel = r.GetString(11),
                    MemoryGib = r.IsNull(12) ? null : r.GetDouble(12),
                    BootMac = r.GetString(13),
                    ManagementIp = r.GetString(14),
                    BmcId = r.GetString(15) is { } bmcId ? Guid.Parse(bmcId) : null,
                    BmcIp = r.GetString(16),
                    BmcMac = r.GetString(17),
                    BootProfile = r.GetString(18),
                    Groups = Strings(r, 19),
                    RedfishUri = r.GetString(20),
                    FirstSeen = Time(r, 21),
                    LastSeen = Time(r, 22),
                    LastUpdated = Time(r, 23),
                    NetworkInterfaces = [.. nics[id]],
                };
            });
        return new CrawlRunInventory { Bmcs = bmcs, Nodes = nodes };
    }

    private static List<NetworkInterface> ReadNics(DuckDbConnection connection, string runId) => Read(connection, runId,
        "SELECT id, owner_id, owner_kind, name, redfish_uri, mac_address, permanent_mac_address, CAST(to_json(ipv4_addresses) AS VARCHAR), " +
        "CAST(to_json(ipv6_addresses) AS VARCHAR), speed_mbps, link_status, enabled, hostname, fqdn, vlan_id FROM nics WHERE run_id = ?",
        r => new NetworkInterface
        {
            Id = Guid.Parse(r.GetString(0)!),
            OwnerId = Guid.Parse(r.GetString(1)!),
            OwnerKind = r.GetString(2) == "bmc" ? NetworkInterfaceOwnerKind.Bmc : NetworkInterfaceOwnerKind.Node,
            Name = r.GetString(3),
            RedfishUri = r.GetString(4),
            MacAddress = r.GetString(5),
            PermanentMacAddress = r.GetString(6),
            Ipv4Addresses = Strings(r, 7),
            Ipv6Addresses = Strings(r, 8),
            SpeedMbps = r.IsNull(9) ? null : r.GetInt64(9),
            LinkStatus = r.GetString(10),
            Enabled = r.IsNull(11) ? null : r.GetBoolean(11),
            Hostname = r.GetString(12),
            Fqdn = r.GetString(13),
            VlanId = r.IsNull(14) ? null : r.GetInt32(14),
        });

    private static List<T> Read<T>(DuckDbConnection connection, string runId, string sql, Func<DuckDbDataReader, T> row)
    {
        using var statement = connection.Prepare(sql);
        statement.Bind(1, runId);
        using var reader = statement.Query();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static DateTimeOffset? Time(DuckDbDataReader reader, int ordinal) =>
        reader.IsNull(ordinal) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    private static IReadOnlyList<string> Strings(DuckDbDataReader reader, int ordinal) =>
        reader.GetString(ordinal) is { } json
            ? JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListString) ?? []
            : [];
}
