using System.Globalization;
using Discovery.Text;

namespace Discovery.Scanning;

/// <summary>The table of <c>discover scan</c>: a row per BMC found.</summary>
internal static class DiscoveredBmcTableColumns
{
    /// <summary>Address, port, vendor, product, Redfish version, UUID, latency.</summary>
    public static readonly TableColumn<DiscoveredBmc>[] All =
    [
        new("Address", b => b.Address),
        new("Port", b => b.Port.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Vendor", b => b.Vendor),
        new("Product", b => b.Product),
        new("Redfish", b => b.RedfishVersion),
        new("UUID", b => b.Uuid),
        new("Latency", b => $"{b.LatencyMs.ToString("0.0", CultureInfo.InvariantCulture)} ms", AlignRight: true),
    ];
}
