using System.Globalization;

namespace Discovery.Pipeline.Reports;

/// <summary>The line a scan ends with on standard error.</summary>
internal static class ScanSummary
{
    /// <summary>The addresses and probes scanned, each probe outcome counted, the time taken and the BMCs found, with the IPMI-only hosts when there are any.</summary>
    public static string Line(ScanJobResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var outcomes = string.Join(", ", report.Outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Value} {o.Key.ToLowerInvariant()}"));
        var ipmiOnly = report.IpmiOnly.Count == 0 ? string.Empty : $"; IPMI but no Redfish: {string.Join(' ', report.IpmiOnly)}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"scanned {result.AddressCount} addresses ({report.ProbeCount} probes: {outcomes}) in {result.Elapsed.TotalSeconds:0.0} s: {report.Bmcs.Count} BMCs{ipmiOnly}");
    }
}
