using System.Text.Json;
using Discovery.Records.Parts;
using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// A system's disks: the Drives of each Storage subsystem (each URI once: Intel S2600BPB lists one Drive 32 times),
/// else, when no Storage reports a drive, the Devices of each SimpleStorage (DMTF public-rackmount1 has only those;
/// the AMI Gigabyte lists its one disk in both, so SimpleStorage is read only as the fallback).
/// </summary>
internal static class DrivePartsMapper
{
    public static void Map(RedfishDocuments documents, JsonElement system, Guid owner, PartsBuilder parts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, storage) in documents.Members(system, "Storage"))
        {
            foreach (var uri in storage.Links("Drives").Where(u => seen.Add(RedfishPath.Key(u))))
            {
                if (!documents.TryGet(uri, out var drive) || !PartFacts.IsResource(drive))
                {
                    continue;
                }

                if (PartFacts.IsAbsent(drive))
                {
                    parts.EmptySlots.Add(PartFacts.Slot(PartKinds.Drive, drive, uri));
                    continue;
                }

                var facts = new Drive
                {
                    Id = Guid.Empty,
                    OwnerId = owner,
                    CapacityBytes = drive.Long("CapacityBytes"),
                    MediaType = drive.String("MediaType"),
                    Protocol = drive.String("Protocol"),
                    FirmwareVersion = drive.String("Revision") ?? drive.String("FirmwareVersion"),
                };
                parts.Drives.Add(PartFacts.Fill(facts, drive, uri, owner, PartOwnerKinds.Node));
            }
        }

        if (seen.Count == 0)
        {
            MapSimpleStorage(documents, system, owner, parts);
        }
    }

    private static void MapSimpleStorage(RedfishDocuments documents, JsonElement system, Guid owner, PartsBuilder parts)
    {
        foreach (var (uri, controller) in documents.Members(system, "SimpleStorage"))
        {
            if (!controller.TryGetProperty("Devices", out var devices) || devices.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var index = 0;
            foreach (var device in devices.EnumerateArray())
            {
                // A device has no URI of its own: its place in the controller's Devices array names it.
                var deviceUri = $"{RedfishPath.Clean(uri)}#/Devices/{index++}";
                var bay = device.String("Name");
                if (PartFacts.IsAbsent(device))
                {
                    parts.EmptySlots.Add(PartFacts.Slot(PartKinds.Drive, device, deviceUri, bay));
                    continue;
                }

                var facts = new Drive { Id = Guid.Empty, OwnerId = owner, CapacityBytes = device.Long("CapacityBytes") };
                parts.Drives.Add(PartFacts.Fill(facts, device, deviceUri, owner, PartOwnerKinds.Node, bay));
            }
        }
    }
}
