using Discovery.Records;
using Discovery.Records.Parts;

namespace Discovery.CrawlLog.Analysis;

/// <summary>A run's part rows by owner id, read back from the crawl log's part tables.</summary>
internal sealed record RunParts(
    ILookup<Guid, Processor> Processors,
    ILookup<Guid, MemoryModule> Memory,
    ILookup<Guid, Accelerator> Accelerators,
    ILookup<Guid, Drive> Drives,
    ILookup<Guid, PcieDevice> PcieDevices,
    ILookup<Guid, FirmwareItem> Firmware)
{
    /// <summary><paramref name="node"/> with its parts (empty slots are not logged: they stay empty).</summary>
    public ComputeNode Attach(ComputeNode node) => node with
    {
        Processors = [.. Processors[node.Id]],
        Memory = [.. Memory[node.Id]],
        Accelerators = [.. Accelerators[node.Id]],
        Drives = [.. Drives[node.Id]],
        PcieDevices = [.. PcieDevices[node.Id]],
        Firmware = [.. Firmware[node.Id]],
    };
}
