using Discovery.Text;

namespace Discovery.Redfish.Mapping;

/// <summary>The tables of a BMC with its nodes: <c>discover crawl</c> and <c>discover logs replay</c>.</summary>
internal static class MappedInventoryTableColumns
{
    /// <summary>One crawled BMC: address, xname, MAC, firmware, each node as xname=serial.</summary>
    public static readonly TableColumn<MappedInventory>[] Crawled =
    [
        new("BMC", m => $"{m.Bmc.Ip}:{m.Bmc.Port}"),
        new("Xname", m => m.Bmc.Xname),
        new("MAC", m => m.Bmc.Mac),
        new("Firmware", m => m.Bmc.FirmwareVersion),
        new("Nodes", m => string.Join(" ", m.Nodes.Select(n => $"{n.Xname}={n.SerialNumber}"))),
    ];

    /// <summary>A replayed run: the same with the BMC's crawl status.</summary>
    public static readonly TableColumn<MappedInventory>[] Replayed =
    [
        new("BMC", m => $"{m.Bmc.Ip}:{m.Bmc.Port}"),
        new("Xname", m => m.Bmc.Xname),
        new("MAC", m => m.Bmc.Mac),
        new("Firmware", m => m.Bmc.FirmwareVersion),
        new("Status", m => m.Bmc.LastCrawlStatus),
        new("Nodes", m => string.Join(" ", m.Nodes.Select(n => $"{n.Xname}={n.SerialNumber}"))),
    ];
}
