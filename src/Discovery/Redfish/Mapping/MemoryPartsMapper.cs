using System.Text.Json;
using Discovery.Records.Parts;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// A system's Memory resources as DIMMs. Location is the service label, else <c>DeviceLocator</c> (iLO 5, AMI, Intel
/// name the slot only there), else the Id. iLO 5 reports every empty slot as <c>Absent</c> with <c>CapacityMiB</c> 0:
/// those are empty slots, not DIMMs.
/// </summary>
internal static class MemoryPartsMapper
{
    public static void Map(RedfishDocuments documents, JsonElement system, Guid owner, PartsBuilder parts)
    {
        foreach (var (uri, document) in documents.Members(system, "Memory").Where(m => PartFacts.IsResource(m.Document)))
        {
            var location = PartFacts.ServiceLabel(document) ?? document.String("DeviceLocator");
            if (PartFacts.IsAbsent(document))
            {
                parts.EmptySlots.Add(PartFacts.Slot(PartKinds.Memory, document, uri, location));
                continue;
            }

            var dimm = new MemoryModule
            {
                Id = Guid.Empty,
                OwnerId = owner,
                CapacityMib = document.Long("CapacityMiB"),
                MemoryType = document.String("MemoryDeviceType") ?? document.String("MemoryType"),
                SpeedMhz = ProcessorPartsMapper.Int(document.Long("OperatingSpeedMhz") ?? FirstAllowedSpeed(document)),
            };
            parts.Memory.Add(PartFacts.Fill(dimm, document, uri, owner, PartOwnerKinds.Node, location));
        }
    }

    private static long? FirstAllowedSpeed(JsonElement document) =>
        document.TryGetProperty("AllowedSpeedsMHz", out var speeds) && speeds.ValueKind == JsonValueKind.Array
            && speeds.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Number } first && first.TryGetInt64(out var mhz)
            ? mhz
            : null;
}
