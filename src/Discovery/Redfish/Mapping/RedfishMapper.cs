using System.Text.Json;
using Discovery.Records;
using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// The one place Redfish JSON becomes inventory records. Pure: the same documents and address give the same
/// records (ids are name-based Guids), so a crawl can be re-mapped from the crawl log.
/// </summary>
internal static class RedfishMapper
{
    /// <summary>Maps the documents crawled from the service at <paramref name="address"/>:<paramref name="port"/>.</summary>
    /// <param name="documents">Crawled documents; the ServiceRoot (<c>/redfish/v1</c>) should be among them.</param>
    /// <param name="address">The IP literal or host name connected to.</param>
    /// <param name="port">The TCP port connected to.</param>
    /// <param name="observedAt">The crawl time, written to first/last-seen fields.</param>
    /// <param name="parts">Whether to map each node's parts and the BMC's firmware (issue 17).</param>
    public static MappedInventory Map(RedfishDocuments documents, string address, int port, DateTimeOffset observedAt, bool parts = true)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(address);
        documents.TryGet("/redfish/v1", out var root);
        var serviceRoot = ServiceRoot.Read(root);
        var serviceUuid = serviceRoot.Uuid;
        var bmcId = serviceUuid is not null
            ? DeterministicGuid.Create($"bmc:uuid:{serviceUuid}")
            : DeterministicGuid.Create($"bmc:addr:{address}:{port}");

        var managers = documents.Members(root, "Managers")
            .Select(m => (m.Uri, m.Document, Nics: (IReadOnlyList<NetworkInterface>)documents.Members(m.Document, "EthernetInterfaces")
                .Select(n => NicMapper.Map(n.Uri, n.Document, bmcId, NetworkInterfaceOwnerKind.Bmc))
                .ToList()))
            .ToList();
        var selected = ManagerSelector.Select(managers, address);
        var manager = selected?.Document ?? default;
        var bmcNics = selected is { } s ? managers.First(m => m.Uri == s.Uri).Nics : [];
        var hostInterfaces = manager.ValueKind == JsonValueKind.Object
            ? ManagerSelector.HostInterfaceKeys(documents, manager)
            : new HashSet<string>();
        var own = ManagerSelector.OwnNic(bmcNics, address, hostInterfaces);
        documents.TryGet(manager.ValueKind == JsonValueKind.Object ? manager.Link("NetworkProtocol") : null, out var protocol);

        var bmc = new Bmc
        {
            Id = bmcId,
            Ip = address,
            Port = port,
            Mac = own?.MacAddress,
            Fqdn = own?.Fqdn ?? protocol.String("FQDN"),
            // The name a scan reports for this BMC, and only then the Manager's (no shared mockup's Manager has one).
            Manufacturer = serviceRoot.Vendor ?? manager.String("Manufacturer"),
            Model = manager.String("Model") ?? serviceRoot.Product,
            FirmwareVersion = manager.String("FirmwareVersion") ?? InventoryVersion(documents, root, manager.String("Id")),
            RedfishVersion = serviceRoot.RedfishVersion,
            ServiceUuid = serviceUuid,
            ManagerType = manager.String("ManagerType"),
            NetworkInterfaces = bmcNics,
            FirstSeen = observedAt,
            LastSeen = observedAt,
        };

        var systems = documents.Members(root, "Systems").ToList();
        // A DPU is a ComputerSystem too, but not a host: hosts take n0, n1, ... first.
        var ordered = systems.Where(x => !IsDpu(x.Document)).Concat(systems.Where(x => IsDpu(x.Document)));
        var mapped = ordered.Select(x => (Node: SystemMapper.Map(documents, x.Uri, x.Document, bmc, observedAt), x.Uri, System: x.Document)).ToList();
        var (nodes, bmcFirmware) = parts
            ? PartsMapper.Map(documents, root, mapped, manager.String("Id"), bmcId)
            : ([.. mapped.Select(m => m.Node)], []);
        return new MappedInventory { Bmc = bmc with { Firmware = bmcFirmware }, Nodes = nodes };
    }

    // HPE Cray controllers (CMM, EX425, Slingshot blade) omit Manager.FirmwareVersion; their BMC firmware is
    // the UpdateService FirmwareInventory entry whose Id is the Manager's Id ("BMC").
    private static string? InventoryVersion(RedfishDocuments documents, JsonElement root, string? managerId)
    {
        if (managerId is null || !documents.TryGet(root.Link("UpdateService"), out var update))
        {
            return null;
        }

        return documents.Members(update, "FirmwareInventory")
            .Where(f => string.Equals(f.Document.String("Id"), managerId, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Document.String("Version"))
            .FirstOrDefault();
    }

    private static bool IsDpu(JsonElement system) =>
        string.Equals(system.String("SystemType"), "DPU", StringComparison.OrdinalIgnoreCase);
}
