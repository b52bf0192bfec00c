using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Discovery.Records;
using Discovery.Records.Xnames;
using Discovery.Redfish.Mapping;

namespace Discovery.Smd.Payloads;

/// <summary>
/// Turns one BMC's records into what SMD is sent. Pure: the same records give the same bodies byte for byte,
/// whether they come from a live collect or from the crawl log, so an unchanged BMC hashes the same.
/// </summary>
/// <remarks>
/// SMD creates an EthernetInterface for each NIC of the body's <c>Systems[]</c> and <c>Managers[]</c>, but
/// (smd-api.go <c>createCompEthInterfacesV2</c>) refuses one without an address with 400 after it stored the
/// endpoint, and skips every system whose uuid repeats an earlier one (equal or empty uuids collapse into one
/// node: the EX425's two nodes report none). So the body carries only NICs with a MAC and an address, in systems
/// SMD keeps; every other node NIC with a MAC becomes an <see cref="EthernetInterfaceBody"/> of its own. A MAC
/// appears once per registration (DMTF's VLAN shares its parent NIC's MAC). The manager lists only the BMC's own
/// NIC: host-interface NICs (iLO's 0a:ca:fe:f0:0d:04) carry the same MAC on every BMC.
/// </remarks>
internal static class SmdBodyBuilder
{
    /// <summary>The registration of <paramref name="inventory"/>; null when the BMC has no xname to register under.</summary>
    /// <param name="inventory">The BMC and its nodes.</param>
    /// <param name="user">The BMC account SMD should use.</param>
    /// <param name="password">The account's password, or null to leave it out of the body.</param>
    public static SmdRegistration? Build(MappedInventory inventory, string user, string? password)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var bmc = inventory.Bmc;
        if (string.IsNullOrWhiteSpace(bmc.Xname))
        {
            return null;
        }

        var macs = new HashSet<string>(StringComparer.Ordinal);
        if (bmc.Mac is { } bmcMac)
        {
            macs.Add(bmcMac);
        }

        var ownNic = bmc.Mac is null ? null : bmc.NetworkInterfaces.FirstOrDefault(n => n.MacAddress == bmc.Mac);
        var managerUri = ManagerUri(ownNic ?? bmc.NetworkInterfaces.FirstOrDefault());
        var uuids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var systems = new List<SmdSystem>();
        var extra = new List<(ComputeNode Node, NetworkInterface Nic)>();
        foreach (var node in inventory.Nodes)
        {
            var keptBySmd = uuids.Add(node.SystemUuid ?? string.Empty);
            var listed = new List<SmdEthernetInterface>();
            foreach (var nic in Ordered(node.NetworkInterfaces).Where(n => n.MacAddress is not null))
            {
                if (keptBySmd && Address(nic, null) is { } ip && macs.Add(nic.MacAddress!))
                {
                    listed.Add(Listed(nic, ip));
                }
                else if (!macs.Contains(nic.MacAddress!))
                {
                    extra.Add((node, nic));
                }
            }

            systems.Add(System(node, listed, managerUri));
        }

        var managerNics = ownNic is not null && Address(ownNic, bmc.Ip) is { } ownIp ? [Listed(ownNic, ownIp)] : new List<SmdEthernetInterface>();
        return new SmdRegistration
        {
            Xname = bmc.Xname,
            Hardware = HardwareInventoryBuilder.Build(inventory),
            Endpoint = new RedfishEndpointBody
            {
                Id = bmc.Xname,
                Type = HmsType(bmc.Xname),
                Fqdn = Fqdn(bmc.Ip, bmc.Port),
                Uuid = bmc.ServiceUuid,
                User = user,
                Password = password,
                MacRequired = bmc.Mac is not null,
                MacAddr = bmc.Mac,
                RediscoverOnUpdate = false,
                Systems = systems,
                Managers =
                [
                    new SmdManager
                    {
                        Uri = managerUri ?? string.Empty,
                        Model = bmc.Model ?? string.Empty,
                        Type = bmc.ManagerType ?? string.Empty,
                        FirmwareVersion = bmc.FirmwareVersion ?? string.Empty,
                        EthernetInterfaces = managerNics,
                    },
                ],
            },
            EthernetInterfaces = [.. Extra(extra, macs)],
        };
    }

    /// <summary>
    /// How SMD reaches the BMC: the IP (IPv6 in brackets, as SMD normalises it) or host name, plus <c>:port</c>
    /// unless the port is 443 (SMD calls <c>https://&lt;FQDN&gt;/redfish/v1</c>).
    /// </summary>
    public static string Fqdn(string address, int port)
    {
        ArgumentNullException.ThrowIfNull(address);
        var host = IPAddress.TryParse(address, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6
            ? $"[{ip}]"
            : address.ToLowerInvariant();
        return port == 443 ? host : string.Create(CultureInfo.InvariantCulture, $"{host}:{port}");
    }

    /// <summary>The HMS type SMD derives from <paramref name="xname"/> (its swagger's <c>HMSType</c> enum), or empty.</summary>
    public static string HmsType(string xname) => Xname.TryParse(xname, out var parsed, out _)
        ? parsed.Kind switch
        {
            XnameKind.NodeBmc => "NodeBMC",
            XnameKind.ChassisBmc => "ChassisBMC",
            XnameKind.RouterBmc => "RouterBMC",
            XnameKind.Node => "Node",
            XnameKind.Chassis => "Chassis",
            _ => "Cabinet",
        }
        : string.Empty;

    private static IEnumerable<EthernetInterfaceBody> Extra(List<(ComputeNode Node, NetworkInterface Nic)> extra, HashSet<string> macs)
    {
        foreach (var (node, nic) in extra)
        {
            if (macs.Add(nic.MacAddress!))
            {
                yield return new EthernetInterfaceBody
                {
                    MacAddress = nic.MacAddress,
                    Description = nic.Name ?? string.Empty,
                    ComponentId = node.Xname,
                    IpAddresses = Address(nic, null) is { } ip ? [new IpAddressMapping(ip)] : [],
                };
            }
        }
    }

    private static SmdSystem System(ComputeNode node, List<SmdEthernetInterface> nics, string? managerUri) => new()
    {
        Uri = node.RedfishUri ?? string.Empty,
        Uuid = node.SystemUuid ?? string.Empty,
        Manufacturer = node.Manufacturer ?? string.Empty,
        Model = node.Model ?? string.Empty,
        Serial = node.SerialNumber ?? string.Empty,
        BiosVersion = node.BiosVersion ?? string.Empty,
        EthernetInterfaces = nics,
        Power = new SmdPower { State = node.PowerState ?? string.Empty },
        ProcessorCount = node.ProcessorCount ?? 0,
        ProcessorType = node.ProcessorModel ?? string.Empty,
        MemoryTotal = node.MemoryGib ?? 0,
        Links = new SmdLinks { Managers = managerUri is null ? [] : [managerUri] },
    };

    private static SmdEthernetInterface Listed(NetworkInterface nic, string ip) => new()
    {
        Uri = nic.RedfishUri ?? string.Empty,
        Mac = nic.MacAddress!,
        Ip = ip,
        Name = nic.Name ?? string.Empty,
        Description = nic.Name ?? string.Empty,
        Enabled = nic.Enabled ?? true,
    };

    // Sorted so that a run read back from the crawl log (whose row order is not the crawl's) builds the same body.
    private static IEnumerable<NetworkInterface> Ordered(IReadOnlyList<NetworkInterface> nics) =>
        nics.OrderBy(n => n.RedfishUri ?? string.Empty, StringComparer.Ordinal).ThenBy(n => n.Name ?? string.Empty, StringComparer.Ordinal);

    /// <summary><paramref name="preferred"/> when the NIC carries it, else its first IPv4, else its first IPv6, else null.</summary>
    private static string? Address(NetworkInterface nic, string? preferred) =>
        preferred is not null && (nic.Ipv4Addresses.Contains(preferred) || nic.Ipv6Addresses.Contains(preferred))
            ? preferred
            : nic.Ipv4Addresses.FirstOrDefault() ?? nic.Ipv6Addresses.FirstOrDefault();

    /// <summary>The Manager's path from one of its NICs (<c>/redfish/v1/Managers/BMC/EthernetInterfaces/1</c>).</summary>
    private static string? ManagerUri(NetworkInterface? nic)
    {
        const string Marker = "/EthernetInterfaces/";
        var uri = nic?.RedfishUri;
        var at = uri?.IndexOf(Marker, StringComparison.OrdinalIgnoreCase) ?? -1;
        return at > 0 ? uri![..at] : null;
    }
}
