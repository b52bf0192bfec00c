using Discovery.CrawlLog.Analysis;
using Discovery.Records;
using Discovery.Records.Columns;
using Discovery.Records.Parts;

namespace Discovery.CrawlLog;

/// <summary>
/// The crawl log's tables, made from the column maps of the rows they hold. Every table has <c>run_id</c>; times are
/// TIMESTAMP in UTC; ids are UUID text; <c>ipv4_addresses</c>, <c>ipv6_addresses</c> and <c>groups</c> are
/// LIST&lt;VARCHAR&gt;; a node's <c>boot_profile</c> is the name of its own boot profile. Nodes and BMCs do not repeat
/// their NICs: those are rows of <c>nics</c> with <c>owner_id</c>/<c>owner_kind</c>; nor their parts, rows of
/// <c>processors</c>, <c>memory</c>, <c>accelerators</c>, <c>drives</c>, <c>pcie_devices</c> and <c>firmware</c> (issue 17).
/// Readers add the hive column <c>date</c>.
/// </summary>
internal static class CrawlLogTables
{
    public static readonly CrawlLogRowTable<CrawlRunInfo> Runs = new("runs", CrawlRunColumns.Map);

    public static readonly CrawlLogRowTable<ScanLogRow> Scans = new("scans", ScanLogColumns.Map);

    /// <summary>The writer redacts a body as JSON before the row is added, which scrubs it too.</summary>
    public static readonly CrawlLogRowTable<ResponseLogRow> Responses = new("responses", ResponseLogColumns.Map, preRedacted: ["body"]);

    public static readonly CrawlLogRowTable<ComputeNode> Nodes = new("nodes", ComputeNodeColumns.Map);

    public static readonly CrawlLogRowTable<Bmc> Bmcs = new("bmcs", BmcColumns.Map);

    public static readonly CrawlLogRowTable<NetworkInterface> Nics = new("nics", NetworkInterfaceColumns.Map);

    public static readonly CrawlLogRowTable<Processor> Processors = new("processors", PartColumns.Processors);

    public static readonly CrawlLogRowTable<MemoryModule> Memory = new("memory", PartColumns.Memory);

    public static readonly CrawlLogRowTable<Accelerator> Accelerators = new("accelerators", PartColumns.Accelerators);

    public static readonly CrawlLogRowTable<Drive> Drives = new("drives", PartColumns.Drives);

    public static readonly CrawlLogRowTable<PcieDevice> PcieDevices = new("pcie_devices", PartColumns.PcieDevices);

    /// <summary>A node's firmware and its BMC's own (<c>owner_kind</c> says which).</summary>
    public static readonly CrawlLogRowTable<FirmwareItem> Firmware = new("firmware", PartColumns.Firmware);

    /// <summary>What each location-map switch's forwarding table held in the run (issue 16).</summary>
    public static readonly CrawlLogRowTable<SwitchPortRow> SwitchPorts = new("switch_ports", SwitchPortColumns.Map);

    /// <summary>Every table, in the order readers list them.</summary>
    public static readonly IReadOnlyList<CrawlLogTable> All =
        [Runs, Scans, Responses, Nodes, Bmcs, Nics, Processors, Memory, Accelerators, Drives, PcieDevices, Firmware, SwitchPorts];
}
