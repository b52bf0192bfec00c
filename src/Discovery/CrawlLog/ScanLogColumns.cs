using Discovery.Records.Columns;

namespace Discovery.CrawlLog;

/// <summary>The columns of <see cref="ScanLogRow"/> (the crawl log's <c>scans</c> table).</summary>
internal static class ScanLogColumns
{
    public static readonly RecordColumns<ScanLogRow> Map = new RecordColumns<ScanLogRow>(
            () => new ScanLogRow { Timestamp = default, Address = string.Empty, Probe = string.Empty, Status = string.Empty })
        .Timestamp("ts", r => r.Timestamp, (r, v) => r with { Timestamp = v ?? default })
        .Text("address", r => r.Address, (r, v) => r with { Address = v ?? string.Empty })
        .Int32("port", r => r.Port, (r, v) => r with { Port = v })
        .Text("probe", r => r.Probe, (r, v) => r with { Probe = v ?? string.Empty })
        .Text("status", r => r.Status, (r, v) => r with { Status = v ?? string.Empty })
        .Double("elapsed_ms", r => r.ElapsedMs, (r, v) => r with { ElapsedMs = v })
        .Text("redfish_version", r => r.RedfishVersion, (r, v) => r with { RedfishVersion = v })
        .Text("service_uuid", r => r.ServiceUuid, (r, v) => r with { ServiceUuid = v })
        .Text("vendor", r => r.Vendor, (r, v) => r with { Vendor = v })
        .Text("product", r => r.Product, (r, v) => r with { Product = v })
        .Text("error", r => r.Error, (r, v) => r with { Error = v });
}
