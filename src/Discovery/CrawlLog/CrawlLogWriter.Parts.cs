using Discovery.Records;

namespace Discovery.CrawlLog;

internal sealed partial class CrawlLogWriter
{
    /// <summary>A node's parts, one row each in their kind's table (issue 17). Empty slots are no rows: replay maps them again.</summary>
    private void AddParts(ComputeNode node)
    {
        AddAll(CrawlLogTables.Processors, node.Processors);
        AddAll(CrawlLogTables.Memory, node.Memory);
        AddAll(CrawlLogTables.Accelerators, node.Accelerators);
        AddAll(CrawlLogTables.Drives, node.Drives);
        AddAll(CrawlLogTables.PcieDevices, node.PcieDevices);
        AddAll(CrawlLogTables.Firmware, node.Firmware);
    }

    private void AddAll<T>(CrawlLogRowTable<T> table, IReadOnlyList<T> rows)
        where T : class
    {
        foreach (var row in rows)
        {
            Add(table, row);
        }
    }
}
