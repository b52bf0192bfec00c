using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Parts;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// Maps the parts of a service's nodes (issue 17): CPUs, DIMMs, accelerators, drives, PCIe devices and firmware,
/// each node's onto its <see cref="ComputeNode"/>, and the BMC's own firmware apart. Absent sockets and slots become
/// <see cref="EmptySlot"/>s. Pure, like the rest of mapping: the same documents give the same parts.
/// </summary>
internal static class PartsMapper
{
    /// <summary>The nodes with their parts set, and the BMC's own firmware.</summary>
    /// <param name="documents">The crawled documents.</param>
    /// <param name="root">The ServiceRoot.</param>
    /// <param name="systems">Each node with the ComputerSystem it was mapped from, in node order.</param>
    /// <param name="managerId">The Id of the Manager chosen as the BMC, if any.</param>
    /// <param name="bmcId">The BMC's id.</param>
    public static (IReadOnlyList<ComputeNode> Nodes, IReadOnlyList<FirmwareItem> BmcFirmware) Map(
        RedfishDocuments documents, JsonElement root, IReadOnlyList<(ComputeNode Node, string Uri, JsonElement System)> systems, string? managerId, Guid bmcId)
    {
        var owners = systems.Select(s => new FirmwarePartsMapper.Owner(s.Uri, s.System.String("Id"), s.Node.Id, new PartsBuilder())).ToList();
        for (var i = 0; i < systems.Count; i++)
        {
            var (node, _, system) = systems[i];
            var parts = owners[i].Parts;
            ProcessorPartsMapper.Map(documents, system, node.Id, parts);
            MemoryPartsMapper.Map(documents, system, node.Id, parts);
            DrivePartsMapper.Map(documents, system, node.Id, parts);
            PciePartsMapper.Map(documents, root, system, systems.Count == 1, node.Id, parts);
        }

        var bmcParts = new PartsBuilder();
        FirmwarePartsMapper.Map(documents, root, managerId, bmcId, owners, bmcParts);
        var nodes = systems.Select((s, i) => owners[i].Parts.Build().ApplyTo(s.Node)).ToList();
        return (nodes, bmcParts.Firmware);
    }
}
