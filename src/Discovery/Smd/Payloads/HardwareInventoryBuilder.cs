using System.Globalization;
using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Records.Xnames;
using Discovery.Redfish.Mapping;
using Discovery.Text;

namespace Discovery.Smd.Payloads;

/// <summary>
/// A BMC's parts as SMD hardware inventory (<c>/hsm/v2/Inventory/Hardware</c>): per node with a node xname, its
/// processors <c>…n0p0</c>, DIMMs <c>…n0d0</c>, accelerators <c>…n0a0</c> and drives <c>…n0g0k0</c> (hms-xname), each
/// with its FRU data, numbered in natural URI order (<c>Memory/2</c> before <c>Memory/10</c>). PCIe devices and firmware have no HMS type of their own and are not sent.
/// </summary>
internal static class HardwareInventoryBuilder
{
    // hms-xname's Processor pattern takes p0-p3 only.
    private const int MaxProcessors = 4;

    /// <summary>The entries of <paramref name="inventory"/>'s parts, node by node, kind by kind, in natural Redfish URI order.</summary>
    public static IReadOnlyList<HardwareLocation> Build(MappedInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var entries = new List<HardwareLocation>();
        foreach (var node in inventory.Nodes)
        {
            if (node.Xname is not { } xname || !Xname.TryParse(xname, out var parsed, out _) || parsed.Kind != XnameKind.Node)
            {
                continue;
            }

            entries.AddRange(Ordered(node.Processors).Take(MaxProcessors).Select((p, i) => Processor(xname, i, p)));
            entries.AddRange(Ordered(node.Memory).Select((m, i) => Memory(xname, i, m)));
            entries.AddRange(Ordered(node.Accelerators).Select((a, i) => Accelerator(xname, i, a)));
            entries.AddRange(Drives(xname, node));
        }

        return entries;
    }

    /// <summary>
    /// The FRU id SMD keys a part on: <c>Type.Manufacturer.PartNumber.SerialNumber</c> without blanks when the part has
    /// a serial (so a DIMM keeps its id when it moves), else <c>FRUIDfor</c> and the location's xname.
    /// </summary>
    public static string FruId(string type, Part part, string xname) =>
        part.SerialNumber is { Length: > 0 } serial
            ? string.Join('.', new[] { type, part.Manufacturer ?? string.Empty, part.PartNumber ?? string.Empty, serial }.Select(NoBlanks))
            : "FRUIDfor" + xname;

    private static HardwareLocation Processor(string node, int ordinal, Processor cpu) => Entry(
        Suffixed(node, 'p', ordinal), ordinal, "Processor", cpu, socket: true,
        new HardwareFruInfo
        {
            Manufacturer = cpu.Manufacturer, Model = cpu.Model, ProcessorType = "CPU",
            InstructionSet = HardwareSpecValues.Listed(cpu.InstructionSet, HardwareSpecValues.InstructionSets),
            MaxSpeedMhz = cpu.MaxSpeedMhz, TotalCores = cpu.Cores, TotalThreads = cpu.Threads,
        });

    // The spec's Memory FRU info has no Model; MemoryType holds Redfish's MemoryDeviceType when reported, else its MemoryType.
    private static HardwareLocation Memory(string node, int ordinal, MemoryModule dimm) => Entry(
        Suffixed(node, 'd', ordinal), ordinal, "Memory", dimm, socket: false,
        new HardwareFruInfo
        {
            Manufacturer = dimm.Manufacturer, SerialNumber = dimm.SerialNumber, PartNumber = dimm.PartNumber, CapacityMib = dimm.CapacityMib,
            MemoryDeviceType = HardwareSpecValues.Listed(dimm.MemoryType, HardwareSpecValues.MemoryDeviceTypes),
            MemoryType = HardwareSpecValues.Listed(dimm.MemoryType, HardwareSpecValues.MemoryTypes),
            OperatingSpeedMhz = dimm.SpeedMhz,
        });

    private static HardwareLocation Accelerator(string node, int ordinal, Accelerator accelerator) => Entry(
        Suffixed(node, 'a', ordinal), ordinal, "NodeAccel", accelerator, socket: true,
        new HardwareFruInfo
        {
            Manufacturer = accelerator.Manufacturer, Model = accelerator.Model,
            ProcessorType = HardwareSpecValues.Listed(accelerator.AcceleratorType, HardwareSpecValues.ProcessorTypes),
        });

    /// <summary>The entry of HMS type <paramref name="type"/>: its location and FRU info in the properties the type names.</summary>
    private static HardwareLocation Entry(string xname, int ordinal, string type, Part part, bool socket, HardwareFruInfo info)
    {
        var location = Location(part, socket);
        var fru = new HardwareFru { FruId = FruId(type, part, xname), Type = type, FruType = "HWInvByFRU" + type };
        var entry = new HardwareLocation { Id = xname, Type = type, Ordinal = ordinal, LocationType = "HWInvByLoc" + type, PopulatedFru = fru };
        return type switch
        {
            "Processor" => entry with { ProcessorLocationInfo = location, PopulatedFru = fru with { ProcessorFruInfo = info } },
            "Memory" => entry with { MemoryLocationInfo = location, PopulatedFru = fru with { MemoryFruInfo = info } },
            "NodeAccel" => entry with { NodeAccelLocationInfo = location, PopulatedFru = fru with { NodeAccelFruInfo = info } },
            _ => entry with { DriveLocationInfo = location, PopulatedFru = fru with { DriveFruInfo = info } },
        };
    }

    private static string Suffixed(string node, char letter, int ordinal) => string.Create(CultureInfo.InvariantCulture, $"{node}{letter}{ordinal}");

    // A drive's storage group is its Storage controller, numbered in URI order (g0, g1, ...); k counts within it.
    private static IEnumerable<HardwareLocation> Drives(string node, ComputeNode computeNode)
    {
        var groups = Ordered(computeNode.Drives).GroupBy(d => StorageOf(d.RedfishUri), StringComparer.Ordinal).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            var k = 0;
            foreach (var drive in groups[g])
            {
                var xname = string.Create(CultureInfo.InvariantCulture, $"{node}g{g}k{k}");
                yield return Entry(
                    xname, k++, "Drive", drive, socket: false,
                    new HardwareFruInfo
                    {
                        Manufacturer = drive.Manufacturer, Model = drive.Model, SerialNumber = drive.SerialNumber, PartNumber = drive.PartNumber,
                        CapacityBytes = drive.CapacityBytes,
                        MediaType = HardwareSpecValues.Listed(drive.MediaType, HardwareSpecValues.MediaTypes),
                        Protocol = HardwareSpecValues.Listed(drive.Protocol, HardwareSpecValues.Protocols),
                    });
            }
        }
    }

    private static HardwareLocationInfo Location(Part part, bool socket) => new()
    {
        Id = part.RedfishUri is { } uri ? uri.TrimEnd('/')[(uri.TrimEnd('/').LastIndexOf('/') + 1)..] : null,
        Name = part.Location,
        Socket = socket ? part.Location : null,
    };

    /// <summary>The Storage controller part of a drive's URI (<c>/redfish/v1/Systems/1/Storage/RAID.1</c>), or empty.</summary>
    private static string StorageOf(string? uri)
    {
        const string Marker = "/Drives/";
        var at = uri?.IndexOf(Marker, StringComparison.OrdinalIgnoreCase) ?? -1;
        return at > 0 ? uri![..at] : string.Empty;
    }

    // Sorted so that a run read back from the crawl log (whose row order is not the crawl's) numbers parts alike, and in
    // natural order so that the ordinal counts slots as a person does: Memory/2 is d1 and Memory/10 is d9, not d2.
    private static IEnumerable<T> Ordered<T>(IReadOnlyList<T> parts)
        where T : Part =>
        parts.OrderBy(p => p.RedfishUri ?? string.Empty, NaturalOrder.Instance).ThenBy(p => p.Location ?? string.Empty, NaturalOrder.Instance);

    private static string NoBlanks(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
