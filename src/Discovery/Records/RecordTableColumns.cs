using System.Globalization;
using Discovery.Text;

namespace Discovery.Records;

/// <summary>The table columns of <c>discover get</c>, per kind: the usual ones, and the extra ones <c>-o wide</c> adds.</summary>
internal static class RecordTableColumns
{
    public static readonly TableColumn<ComputeNode>[] Nodes =
    [
        new("Xname", n => n.Xname), new("Hostname", n => n.Hostname), new("Arch", n => n.Arch), new("Power", n => n.PowerState),
        new("Mgmt IP", n => n.ManagementIp ?? n.NetworkInterfaces.SelectMany(i => i.Ipv4Addresses).FirstOrDefault()),
        new("BMC IP", n => n.BmcIp), new("Groups", n => string.Join(",", n.Groups)),
    ];

    public static readonly TableColumn<ComputeNode>[] NodesWide =
    [
        .. Nodes, new("Reported hostname", n => n.ReportedHostname), new("Model", n => n.Model), new("Serial", n => n.SerialNumber), new("Boot MAC", n => n.BootMac),
        new("Boot profile", n => n.BootProfile), new("Last seen", n => Time(n.LastSeen)), new("ID", n => n.Id.ToString()),
    ];

    public static readonly TableColumn<Bmc>[] Bmcs =
    [
        new("Xname", b => b.Xname), new("Source", b => b.XnameSource), new("IP", b => b.Port == Bmc.DefaultPort ? b.Ip : $"{b.Ip}:{b.Port}"), new("MAC", b => b.Mac),
        new("Manufacturer", b => b.Manufacturer), new("Firmware", b => b.FirmwareVersion), new("Status", b => b.LastCrawlStatus),
    ];

    public static readonly TableColumn<Bmc>[] BmcsWide =
    [
        .. Bmcs, new("Switch port", b => b.SwitchPort), new("Model", b => b.Model), new("Redfish", b => b.RedfishVersion), new("Service UUID", b => b.ServiceUuid),
        new("Last seen", b => Time(b.LastSeen)), new("ID", b => b.Id.ToString()),
    ];

    public static readonly TableColumn<NetworkInterface>[] Interfaces =
    [
        new("Owner", n => n.OwnerKind == NetworkInterfaceOwnerKind.Bmc ? "bmc" : "node"), new("Name", n => n.Name), new("MAC", n => n.MacAddress),
        new("IPv4", n => string.Join(",", n.Ipv4Addresses)), new("Link", n => n.LinkStatus),
    ];

    public static readonly TableColumn<NetworkInterface>[] InterfacesWide =
    [
        .. Interfaces, new("IPv6", n => string.Join(",", n.Ipv6Addresses)),
        new("Speed", n => n.SpeedMbps?.ToString(CultureInfo.InvariantCulture), AlignRight: true), new("Owner ID", n => n.OwnerId.ToString()), new("ID", n => n.Id.ToString()),
    ];

    public static readonly TableColumn<NodeGroup>[] Groups =
    [
        new("Name", g => g.Name), new("Members", g => g.Members.Count.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Boot profile", g => g.BootProfile), new("Labels", g => string.Join(",", g.Labels.Select(l => $"{l.Key}={l.Value}"))),
    ];

    public static readonly TableColumn<NodeGroup>[] GroupsWide =
    [
        .. Groups, new("Description", g => g.Description), new("Member list", g => string.Join(",", g.Members)), new("ID", g => g.Id.ToString()),
    ];

    public static readonly TableColumn<BootProfile>[] BootProfiles =
    [
        new("Name", p => p.Name), new("Kernel", p => p.KernelUrl), new("Initrd", p => p.InitrdUrl), new("Image", p => p.ImageUrl),
    ];

    public static readonly TableColumn<BootProfile>[] BootProfilesWide =
    [
        .. BootProfiles, new("Admin", p => p.AdminUsername), new("Kernel params", p => p.KernelParams), new("ID", p => p.Id.ToString()),
    ];

    public static readonly TableColumn<SessionTemplate>[] SessionTemplates =
    [
        new("Name", t => t.Name), new("Boot sets", t => string.Join(",", t.BootSets.Keys)),
        new("Profiles", t => string.Join(",", t.BootSets.Values.Select(s => s.Path).Distinct(StringComparer.Ordinal))),
        new("Groups", t => string.Join(",", t.BootSets.Values.SelectMany(s => s.NodeGroups).Distinct(StringComparer.Ordinal))),
        new("Description", t => t.Description), new("ID", t => t.Id.ToString()),
    ];

    private static string? Time(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
