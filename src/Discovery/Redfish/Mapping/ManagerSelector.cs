using System.Text.Json;

namespace Discovery.Redfish.Mapping;

/// <summary>Picks the Manager that is the BMC we talk to, and its own NIC.</summary>
internal static class ManagerSelector
{
    /// <summary>
    /// The manager carrying <paramref name="address"/> on one of its NICs; else the one of type <c>BMC</c>;
    /// else an <c>EnclosureManager</c> (EX425's BMC beside its <c>AuxiliaryController</c> MCU0); else the first.
    /// </summary>
    public static (string Uri, JsonElement Document)? Select(
        IReadOnlyList<(string Uri, JsonElement Document, IReadOnlyList<Records.NetworkInterface> Nics)> managers,
        string address)
    {
        if (managers.Count == 0)
        {
            return null;
        }

        var carrying = managers.FirstOrDefault(m => m.Nics.Any(n => n.Ipv4Addresses.Contains(address) || n.Ipv6Addresses.Contains(address)));
        if (carrying.Uri is not null)
        {
            return (carrying.Uri, carrying.Document);
        }

        foreach (var type in (string[])["BMC", "EnclosureManager", "ManagementController"])
        {
            var match = managers.FirstOrDefault(m => string.Equals(m.Document.String("ManagerType"), type, StringComparison.OrdinalIgnoreCase));
            if (match.Uri is not null)
            {
                return (match.Uri, match.Document);
            }
        }

        return (managers[0].Uri, managers[0].Document);
    }

    /// <summary>
    /// The BMC's own NIC: the one carrying <paramref name="address"/>; else the only NIC with a real address
    /// (host interfaces do not count: those named by the Manager's HostInterfaces, such as DMTF's <c>ToHost</c>
    /// and iLO 5's virtual NIC on 16.1.15.1, and any on a link-local address); else none. Never an error: Magellan fails
    /// the whole BMC here ("failed to find MAC address with IP").
    /// </summary>
    public static Records.NetworkInterface? OwnNic(
        IReadOnlyList<Records.NetworkInterface> nics, string address, IReadOnlySet<string> hostInterfaceKeys)
    {
        var carrying = nics.FirstOrDefault(n => n.Ipv4Addresses.Contains(address) || n.Ipv6Addresses.Contains(address));
        if (carrying is not null)
        {
            return carrying;
        }

        var real = nics.Where(n => n.MacAddress is not null
            && !hostInterfaceKeys.Contains(Crawling.RedfishPath.Key(n.RedfishUri ?? string.Empty))
            && n.Ipv4Addresses.Any(a => !a.StartsWith("169.254.", StringComparison.Ordinal))).ToList();
        return real.Count == 1 ? real[0] : null;
    }

    /// <summary>Identity keys of the manager NICs that its HostInterfaces name (Redfish HostInterface.ManagerEthernetInterface).</summary>
    public static IReadOnlySet<string> HostInterfaceKeys(Mapping.RedfishDocuments documents, JsonElement manager)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, hostInterface) in documents.Members(manager, "HostInterfaces"))
        {
            var link = hostInterface.Link("ManagerEthernetInterface") ?? hostInterface.Object("Links")?.Link("ManagerEthernetInterface");
            if (link is not null)
            {
                keys.Add(Crawling.RedfishPath.Key(link));
            }
        }

        return keys;
    }
}
