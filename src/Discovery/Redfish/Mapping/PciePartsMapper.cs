using System.Text.Json;
using Discovery.Records.Parts;
using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// A system's PCIe devices: those the system links (<c>PCIeDevices</c>, Redfish before 2019.4), then those of the
/// chassis it links (<c>Links.Chassis</c>); a service with one system and no chassis link (AMI Gigabyte) owns every
/// chassis' devices. Vendor and device ids come from the first PCIeFunction.
/// </summary>
internal static class PciePartsMapper
{
    public static void Map(RedfishDocuments documents, JsonElement root, JsonElement system, bool onlySystem, Guid owner, PartsBuilder parts)
    {
        var linked = system.Object("Links") is { } links ? links.Links("Chassis") : [];
        var chassis = linked.Count > 0 || !onlySystem
            ? linked.Select(u => documents.TryGet(u, out var c) ? c : default).Where(c => c.ValueKind == JsonValueKind.Object)
            : documents.Members(root, "Chassis").Select(c => c.Document);
        var uris = system.Links("PCIeDevices")
            .Concat(chassis.SelectMany(c => documents.Members(c, "PCIeDevices").Select(d => d.Uri)))
            .DistinctBy(RedfishPath.Key);
        foreach (var uri in uris)
        {
            if (!documents.TryGet(uri, out var device) || !PartFacts.IsResource(device))
            {
                continue;
            }

            var location = device.Object("Slot") is { } slot ? PartFacts.ServiceLabel(slot) : null;
            if (PartFacts.IsAbsent(device))
            {
                parts.EmptySlots.Add(PartFacts.Slot(PartKinds.PcieDevice, device, uri, location));
                continue;
            }

            var function = FirstFunction(documents, device);
            var facts = new PcieDevice
            {
                Id = Guid.Empty,
                OwnerId = owner,
                VendorId = function.String("VendorId"),
                DeviceId = function.String("DeviceId"),
                DeviceType = device.String("DeviceType"),
                FirmwareVersion = device.String("FirmwareVersion"),
            };
            var part = PartFacts.Fill(facts, device, uri, owner, PartOwnerKinds.Node, location);
            // iLO 5 leaves Model empty on embedded devices ("Embedded Video Controller" is only their Name).
            parts.PcieDevices.Add(part with { Model = part.Model ?? device.String("Name") });
        }
    }

    private static JsonElement FirstFunction(RedfishDocuments documents, JsonElement device)
    {
        var uris = documents.TryGet(device.Link("PCIeFunctions"), out var collection)
            ? RedfishDocuments.MemberUris(collection)
            : device.Object("Links") is { } links ? links.Links("PCIeFunctions") : [];
        foreach (var uri in uris)
        {
            if (documents.TryGet(uri, out var function))
            {
                return function;
            }
        }

        return default;
    }
}
