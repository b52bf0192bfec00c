using System.Text.Json;
using Discovery.Records;
using Discovery.Store.DuckDb;

using Discovery.Store;

namespace Discovery.CrawlLog;

internal sealed partial class CrawlLogWriter
{
    // Each method appends one value per column, in the order of the table in CrawlLogTables.

    private void AppendScan(DuckDbAppender a, ScanLogRow row) =>
        a.Append(RunId).Append(row.Timestamp).Append(S(row.Address)).Append(row.Port).Append(row.Probe).Append(row.Status)
            .Append(row.ElapsedMs).Append(S(row.RedfishVersion)).Append(S(row.ServiceUuid)).Append(S(row.Vendor))
            .Append(S(row.Product)).Append(S(row.Error));

    private void AppendResponse(DuckDbAppender a, ResponseLogRow row) =>
        a.Append(RunId).Append(row.Timestamp).Append(S(row.Bmc)).Append(row.Port).Append(row.Method).Append(S(row.Uri))
            .Append(row.Status).Append(row.ElapsedMs).Append(row.Bytes).Append(S(row.ETag)).Append(S(row.ODataType))
            .Append(row.Body).Append(S(row.Error));

    private void AppendNode(DuckDbAppender a, ComputeNode node) =>
        a.Append(RunId).Append(node.Id.ToString()).Append(S(node.Xname)).Append(S(node.Hostname)).Append(S(node.Arch))
            .Append(S(node.Manufacturer)).Append(S(node.Model)).Append(S(node.SerialNumber)).Append(S(node.SystemUuid))
            .Append(S(node.BiosVersion)).Append(S(node.PowerState)).Append(node.ProcessorCount).Append(S(node.ProcessorModel))
            .Append(node.MemoryGib).Append(S(node.BootMac)).Append(S(node.ManagementIp)).Append(node.BmcId?.ToString())
            .Append(S(node.BmcIp)).Append(S(node.BmcMac)).Append(S(node.BootProfile)).Append(List(node.Groups))
            .Append(S(node.RedfishUri)).Append(node.FirstSeen).Append(node.LastSeen).Append(node.LastUpdated);

    private void AppendBmc(DuckDbAppender a, Bmc bmc) =>
        a.Append(RunId).Append(bmc.Id.ToString()).Append(S(bmc.Xname)).Append(S(bmc.Ip)).Append(bmc.Port).Append(S(bmc.Mac))
            .Append(S(bmc.Fqdn)).Append(S(bmc.Manufacturer)).Append(S(bmc.Model)).Append(S(bmc.FirmwareVersion))
            .Append(S(bmc.RedfishVersion)).Append(S(bmc.ServiceUuid)).Append(S(bmc.ManagerType)).Append(bmc.FirstSeen)
            .Append(bmc.LastSeen).Append(S(bmc.LastCrawlStatus));

    private void AppendNic(DuckDbAppender a, NetworkInterface nic) =>
        a.Append(RunId).Append(nic.Id.ToString()).Append(nic.OwnerId.ToString())
            .Append(nic.OwnerKind == NetworkInterfaceOwnerKind.Bmc ? "bmc" : "node").Append(S(nic.Name)).Append(S(nic.RedfishUri))
            .Append(S(nic.MacAddress)).Append(S(nic.PermanentMacAddress)).Append(List(nic.Ipv4Addresses))
            .Append(List(nic.Ipv6Addresses)).Append(nic.SpeedMbps).Append(S(nic.LinkStatus)).Append(nic.Enabled)
            .Append(S(nic.Hostname)).Append(S(nic.Fqdn)).Append(nic.VlanId);

    private void AppendRun(DuckDbAppender a, CrawlRunStatus status, IReadOnlyDictionary<string, long> counts) =>
        a.Append(RunId).Append(_kind).Append(StartedAt).Append(_options.TimeProvider.GetUtcNow())
            .Append(status == CrawlRunStatus.Complete ? "complete" : "partial")
            .Append(counts["scans"]).Append(counts["responses"]).Append(counts["nodes"]).Append(counts["bmcs"])
            .Append(counts["nics"]).Append(S(_options.Description));

    private string? S(string? text) => _redactor.Scrub(text);

    private string List(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values.Select(v => S(v) ?? string.Empty).ToList(), StorageJsonContext.Default.IReadOnlyListString);
}
