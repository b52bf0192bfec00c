using System.Text.Json;
using Discovery.Records.Parts;
using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// <c>UpdateService/FirmwareInventory</c> entries, each given to what it runs on:
/// <list type="number">
/// <item>its <c>RelatedItem</c>: a Manager means the BMC, a URI under a system (or the system) means that node;</item>
/// <item>HPE Cray EX425 names node firmware <c>Node0.BIOS</c>, <c>Node1.HPCNet0</c>: the prefix is the system's Id;</item>
/// <item>an entry whose Id is the Manager's Id (iLO 5's <c>1</c>, Cray's <c>BMC</c>) or that is named <c>BMC</c>
/// (the AMI Gigabyte's Manager is <c>Self</c>) is the BMC's;</item>
/// <item>otherwise, the only system's when there is exactly one, else the BMC's (a CMM, a switch blade, a blade of two nodes).</item>
/// </list>
/// </summary>
internal static class FirmwarePartsMapper
{
    /// <summary>One system the entries may belong to.</summary>
    public sealed record Owner(string Uri, string? SystemId, Guid NodeId, PartsBuilder Parts);

    public static void Map(RedfishDocuments documents, JsonElement root, string? managerId, Guid bmcId, IReadOnlyList<Owner> nodes, PartsBuilder bmcParts)
    {
        if (!documents.TryGet(root.Link("UpdateService"), out var update))
        {
            return;
        }

        foreach (var (uri, entry) in documents.Members(update, "FirmwareInventory").Where(m => PartFacts.IsResource(m.Document)))
        {
            var node = OwnerOf(entry, managerId, nodes);
            var facts = new FirmwareItem
            {
                Id = Guid.Empty,
                OwnerId = Guid.Empty,
                Name = entry.String("Name") ?? entry.String("Id"),
                FirmwareVersion = entry.String("Version"),
                Updateable = entry.Bool("Updateable"),
                RelatedItem = entry.Links("RelatedItem").FirstOrDefault() is { } related ? RedfishPath.Clean(related) : null,
            };
            if (node is null)
            {
                bmcParts.Firmware.Add(PartFacts.Fill(facts, entry, uri, bmcId, PartOwnerKinds.Bmc));
            }
            else
            {
                node.Parts.Firmware.Add(PartFacts.Fill(facts, entry, uri, node.NodeId, PartOwnerKinds.Node));
            }
        }
    }

    private static Owner? OwnerOf(JsonElement entry, string? managerId, IReadOnlyList<Owner> nodes)
    {
        foreach (var related in entry.Links("RelatedItem").Select(RedfishPath.Key))
        {
            if (RedfishPath.SegmentsAfterRoot(related) is ["managers", ..])
            {
                return null;
            }

            var key = related + "/";
            if (nodes.FirstOrDefault(n => key.StartsWith(RedfishPath.Key(n.Uri) + "/", StringComparison.Ordinal)) is { } owner)
            {
                return owner;
            }
        }

        var id = entry.String("Id");
        var dot = id?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot > 0 && nodes.FirstOrDefault(n => string.Equals(n.SystemId, id![..dot], StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            return named;
        }

        if (string.Equals(id, managerId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(id, "BMC", StringComparison.OrdinalIgnoreCase)
            || string.Equals(entry.String("Name"), "BMC", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return nodes.Count == 1 ? nodes[0] : null;
    }
}
