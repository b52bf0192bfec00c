using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Network;

namespace Discovery.Redfish.Mapping;

/// <summary>Maps one Redfish EthernetInterface to a <see cref="NetworkInterface"/>.</summary>
internal static class NicMapper
{
    /// <summary>Maps the interface at <paramref name="uri"/> owned by <paramref name="ownerId"/>.</summary>
    public static NetworkInterface Map(string uri, JsonElement nic, Guid ownerId, NetworkInterfaceOwnerKind ownerKind)
    {
        // Spellings seen: MACAddress + PermanentMACAddress (DMTF), MACAddress only (iLO 5, AMI),
        // "Not Available" / "" (EX425 HPCNet0); the normaliser turns placeholders into null.
        var mac = MacAddressNormalizer.Normalize(nic.String("MACAddress"));
        var permanent = MacAddressNormalizer.Normalize(nic.String("PermanentMACAddress"));
        var ipv4 = nic.Addresses("IPv4Addresses")
            .Concat(nic.Addresses("IPv4StaticAddresses"))
            .Select(IpAddressNormalizer.NormalizeIpv4)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var ipv6 = nic.Addresses("IPv6Addresses")
            .Concat(nic.Addresses("IPv6StaticAddresses"))
            .Select(IpAddressNormalizer.NormalizeIpv6)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var vlan = nic.Object("VLAN");
        return new NetworkInterface
        {
            Id = DeterministicGuid.Create($"nic:{ownerId:N}:{Crawling.RedfishPath.Key(uri)}"),
            OwnerId = ownerId,
            OwnerKind = ownerKind,
            Name = nic.String("Id") ?? nic.String("Name"),
            RedfishUri = Crawling.RedfishPath.Clean(uri),
            MacAddress = mac ?? permanent,
            PermanentMacAddress = permanent,
            Ipv4Addresses = ipv4,
            Ipv6Addresses = ipv6,
            SpeedMbps = nic.Long("SpeedMbps"),
            LinkStatus = nic.String("LinkStatus"),
            Enabled = nic.Bool("InterfaceEnabled"),
            Hostname = nic.String("HostName"),
            Fqdn = nic.String("FQDN"),
            VlanId = vlan is { } v && v.Long("VLANId") is { } id ? (int)id : null,
        };
    }
}
