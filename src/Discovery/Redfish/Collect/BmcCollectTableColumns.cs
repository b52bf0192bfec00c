using System.Globalization;
using Discovery.Text;

namespace Discovery.Redfish.Collect;

/// <summary>The table of <c>discover collect</c>: a row per BMC.</summary>
internal static class BmcCollectTableColumns
{
    /// <summary>BMC, status (as people write it: TLS, Redfish), xname, MAC, firmware, nodes, requests, the failed URIs or the message.</summary>
    public static readonly TableColumn<BmcCollectSummary>[] All =
    [
        new("BMC", s => s.Endpoint),
        new("Status", s => BmcCollectStatusNames.Of(s.Status).Replace('_', ' ').Replace("tls", "TLS", StringComparison.Ordinal).Replace("not redfish", "not Redfish", StringComparison.Ordinal)),
        new("Xname", s => s.Xname),
        new("MAC", s => s.Mac),
        new("Firmware", s => s.FirmwareVersion),
        new("Nodes", s => s.Nodes.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Requests", s => s.Requests.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Detail", s => s.FailedUris.Count > 0 ? string.Join("; ", s.FailedUris) : s.Message),
    ];
}
