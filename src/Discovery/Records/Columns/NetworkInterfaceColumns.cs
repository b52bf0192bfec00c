namespace Discovery.Records.Columns;

/// <summary>The columns of <see cref="NetworkInterface"/>.</summary>
internal static class NetworkInterfaceColumns
{
    public static readonly RecordColumns<NetworkInterface> Map = new RecordColumns<NetworkInterface>(() => new NetworkInterface { Id = Guid.Empty })
        .Uuid("id", n => n.Id, (n, v) => n with { Id = v ?? Guid.Empty }, ColumnFilter.LowerCase("the interface's id"))
        .Uuid("owner_id", n => n.OwnerId, (n, v) => n with { OwnerId = v ?? Guid.Empty }, ColumnFilter.LowerCase("id of the owning node or BMC"))
        .Text("owner_kind", n => OwnerKindName(n.OwnerKind), (n, v) => n with { OwnerKind = OwnerKind(v) }, new("node or bmc"))
        .Text("name", n => n.Name, (n, v) => n with { Name = v }, new("interface name (glob with *)"))
        .Text("redfish_uri", n => n.RedfishUri, (n, v) => n with { RedfishUri = v })
        .Text("mac_address", n => n.MacAddress, (n, v) => n with { MacAddress = v })
        .Text("permanent_mac_address", n => n.PermanentMacAddress, (n, v) => n with { PermanentMacAddress = v })
        .TextList("ipv4_addresses", n => n.Ipv4Addresses, (n, v) => n with { Ipv4Addresses = v })
        .TextList("ipv6_addresses", n => n.Ipv6Addresses, (n, v) => n with { Ipv6Addresses = v })
        .Int64("speed_mbps", n => n.SpeedMbps, (n, v) => n with { SpeedMbps = v })
        .Text("link_status", n => n.LinkStatus, (n, v) => n with { LinkStatus = v }, new("LinkUp, LinkDown, NoLink"))
        .Boolean("enabled", n => n.Enabled, (n, v) => n with { Enabled = v })
        .Text("hostname", n => n.Hostname, (n, v) => n with { Hostname = v })
        .Text("fqdn", n => n.Fqdn, (n, v) => n with { Fqdn = v })
        .Int32("vlan_id", n => n.VlanId, (n, v) => n with { VlanId = v });

    /// <summary>How <c>owner_kind</c> spells the owner's kind: <c>node</c> or <c>bmc</c>.</summary>
    public static string OwnerKindName(NetworkInterfaceOwnerKind kind) => kind == NetworkInterfaceOwnerKind.Bmc ? "bmc" : "node";

    internal static NetworkInterfaceOwnerKind OwnerKind(string? name) =>
        name == "bmc" ? NetworkInterfaceOwnerKind.Bmc : NetworkInterfaceOwnerKind.Node;
}
