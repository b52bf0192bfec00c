namespace Discovery.Records.Columns;

/// <summary>The columns of <see cref="ComputeNode"/> (its NICs are rows of their own table).</summary>
internal static class ComputeNodeColumns
{
    public static readonly RecordColumns<ComputeNode> Map = new RecordColumns<ComputeNode>(() => new ComputeNode { Id = Guid.Empty })
        .Uuid("id", n => n.Id, (n, v) => n with { Id = v ?? Guid.Empty }, ColumnFilter.LowerCase("the node's id"))
        .Text("xname", n => n.Xname, (n, v) => n with { Xname = v }, new("xname (glob with *)", Selective: true))
        .Text("hostname", n => n.Hostname, (n, v) => n with { Hostname = v }, new("host name (glob with *)", Selective: true))
        .Text("reported_hostname", n => n.ReportedHostname, (n, v) => n with { ReportedHostname = v }, new("host name as the BMC reported it (glob with *)"))
        .Text("arch", n => n.Arch, (n, v) => n with { Arch = v }, new("CPU architecture (x86_64, aarch64)"))
        .Text("manufacturer", n => n.Manufacturer, (n, v) => n with { Manufacturer = v }, new("system manufacturer"))
        .Text("model", n => n.Model, (n, v) => n with { Model = v }, new("system model (glob with *)"))
        .Text("serial_number", n => n.SerialNumber, (n, v) => n with { SerialNumber = v }, new("serial number", Selective: true))
        .Text("system_uuid", n => n.SystemUuid, (n, v) => n with { SystemUuid = v }, ColumnFilter.LowerCase("system UUID"))
        .Text("bios_version", n => n.BiosVersion, (n, v) => n with { BiosVersion = v })
        .Text("power_state", n => n.PowerState, (n, v) => n with { PowerState = v }, new("power state (On, Off)"))
        .Int32("processor_count", n => n.ProcessorCount, (n, v) => n with { ProcessorCount = v })
        .Text("processor_model", n => n.ProcessorModel, (n, v) => n with { ProcessorModel = v })
        .Double("memory_gib", n => n.MemoryGib, (n, v) => n with { MemoryGib = v })
        .Text("boot_mac", n => n.BootMac, (n, v) => n with { BootMac = v })
        .Text("management_ip", n => n.ManagementIp, (n, v) => n with { ManagementIp = v })
        .Uuid("bmc_id", n => n.BmcId, (n, v) => n with { BmcId = v })
        .Text("bmc_ip", n => n.BmcIp, (n, v) => n with { BmcIp = v })
        .Text("bmc_mac", n => n.BmcMac, (n, v) => n with { BmcMac = v })
        .Text("boot_profile", n => n.BootProfile, (n, v) => n with { BootProfile = v }, new("the boot profile attached to the node itself, by name"))
        // The store keeps memberships in group_members; the crawl log keeps them on the node's row.
        .TextList("groups", n => n.Groups, (n, v) => n with { Groups = v }, ColumnPlacement.CrawlLog)
        .Text("redfish_uri", n => n.RedfishUri, (n, v) => n with { RedfishUri = v })
        // Sockets and slots reported Absent (issue 17): a JSON array, rarely read, so no table of their own.
        .Text("empty_slots", n => EmptySlotsJson.Write(n.EmptySlots), (n, v) => n with { EmptySlots = EmptySlotsJson.Read(v) })
        .Timestamp("first_seen", n => n.FirstSeen, (n, v) => n with { FirstSeen = v })
        .Timestamp("last_seen", n => n.LastSeen, (n, v) => n with { LastSeen = v })
        .Timestamp("last_updated", n => n.LastUpdated, (n, v) => n with { LastUpdated = v });
}
