using Discovery.Records.Columns;

namespace Discovery.CrawlLog;

/// <summary>The columns of <see cref="SwitchPortRow"/> (the crawl log's <c>switch_ports</c> table).</summary>
internal static class SwitchPortColumns
{
    public static readonly RecordColumns<SwitchPortRow> Map = new RecordColumns<SwitchPortRow>(
            () => new SwitchPortRow { Switch = string.Empty, Mac = string.Empty })
        .Text("switch", r => r.Switch, (r, v) => r with { Switch = v ?? string.Empty })
        .Int32("port", r => r.Port, (r, v) => r with { Port = v ?? 0 })
        .Text("ifname", r => r.IfName, (r, v) => r with { IfName = v })
        .Text("mac", r => r.Mac, (r, v) => r with { Mac = v ?? string.Empty })
        .Int32("vlan", r => r.Vlan, (r, v) => r with { Vlan = v })
        .Boolean("uplink", r => r.Uplink, (r, v) => r with { Uplink = v ?? false });
}
