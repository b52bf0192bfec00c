namespace Discovery.Records.Columns;

/// <summary>The columns of <see cref="Bmc"/> (its NICs are rows of their own table).</summary>
internal static class BmcColumns
{
    /// <summary>The port a BMC row without one is read with (HTTPS).</summary>
    public const int DefaultPort = 443;

    public static readonly RecordColumns<Bmc> Map = new RecordColumns<Bmc>(() => new Bmc { Id = Guid.Empty, Ip = string.Empty })
        .Uuid("id", b => b.Id, (b, v) => b with { Id = v ?? Guid.Empty }, ColumnFilter.LowerCase("the BMC's id"))
        .Text("xname", b => b.Xname, (b, v) => b with { Xname = v }, new("xname (glob with *)", Selective: true))
        .Text("xname_source", b => b.XnameSource, (b, v) => b with { XnameSource = v }, new("where the xname came from (id-map, location-map, derived)"))
        .Text("switch_port", b => b.SwitchPort, (b, v) => b with { SwitchPort = v }, new("switch/port the BMC's MAC is on (glob with *)"))
        .Text("ip", b => b.Ip, (b, v) => b with { Ip = v ?? string.Empty }, new("the address the crawler connected to", Selective: true))
        .Int32("port", b => b.Port, (b, v) => b with { Port = v ?? DefaultPort })
        .Text("mac", b => b.Mac, (b, v) => b with { Mac = v })
        .Text("fqdn", b => b.Fqdn, (b, v) => b with { Fqdn = v })
        .Text("manufacturer", b => b.Manufacturer, (b, v) => b with { Manufacturer = v }, new("manufacturer"))
        .Text("model", b => b.Model, (b, v) => b with { Model = v }, new("model (glob with *)"))
        .Text("firmware_version", b => b.FirmwareVersion, (b, v) => b with { FirmwareVersion = v }, new("firmware version (glob with *)"))
        .Text("redfish_version", b => b.RedfishVersion, (b, v) => b with { RedfishVersion = v })
        .Text("service_uuid", b => b.ServiceUuid, (b, v) => b with { ServiceUuid = v }, ColumnFilter.LowerCase("ServiceRoot UUID"))
        .Text("manager_type", b => b.ManagerType, (b, v) => b with { ManagerType = v })
        .Timestamp("first_seen", b => b.FirstSeen, (b, v) => b with { FirstSeen = v })
        .Timestamp("last_seen", b => b.LastSeen, (b, v) => b with { LastSeen = v })
        .Text("last_crawl_status", b => b.LastCrawlStatus, (b, v) => b with { LastCrawlStatus = v },
            new("outcome of the last crawl (ok, partial, auth_failed, ...)"));
}
