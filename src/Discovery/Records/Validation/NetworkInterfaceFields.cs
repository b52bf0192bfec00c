namespace Discovery.Records.Validation;

/// <summary>The field table of <see cref="NetworkInterface"/>.</summary>
internal static class NetworkInterfaceFields
{
    public static IReadOnlyList<FieldSpec> Create() =>
    [
        new("id", "Stable identifier of the interface."),
        new("owner_id", "Id of the node or BMC that owns the interface."),
        new("owner_kind", "Whether the owner is a node or a BMC.") { Rule = ValueRules.OwnerKind },
        new("name", "Interface name (Redfish Id or Name)."),
        new("redfish_uri", "Redfish URI of the EthernetInterface.") { Rule = ValueRules.AbsolutePath },
        new("mac_address", "Current MAC address; stored lower-case, colon-separated.") { Rule = ValueRules.Mac },
        new("permanent_mac_address", "Burned-in MAC address; stored lower-case, colon-separated.") { Rule = ValueRules.Mac },
        new("ipv4_addresses", "IPv4 addresses of the interface.") { Rule = ValueRules.Ipv4 },
        new("ipv6_addresses", "IPv6 addresses of the interface, without prefix length; stored compressed, lower case.") { Rule = ValueRules.Ipv6 },
        new("speed_mbps", "Link speed in Mbit/s.") { Rule = ValueRules.NonNegative },
        new("link_status", "Redfish link status.") { Rule = ValueRules.LinkStatus },
        new("enabled", "Whether the interface is enabled."),
        new("hostname", "Host name reported on the interface; stored lower case.") { Rule = ValueRules.Hostname },
        new("fqdn", "Fully qualified domain name reported on the interface; stored lower case without a final dot.") { Rule = ValueRules.Fqdn },
        new("vlan_id", "802.1Q VLAN id, when the interface is a VLAN.") { Rule = ValueRules.VlanId },
    ];
}
