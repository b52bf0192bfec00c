using System.Text.Json;
using Discovery.Records.Parts;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// A system's Processors and GraphicsControllers as CPUs and accelerators. A Processor of type CPU (or of no type)
/// is a <see cref="Processor"/>; GPU, FPGA, DSP, Accelerator and OEM types are an <see cref="Accelerator"/>; Core,
/// Thread and Partition are sub-units, not parts. A GraphicsController that links a Processor already mapped is
/// not counted twice.
/// </summary>
internal static class ProcessorPartsMapper
{
    public static void Map(RedfishDocuments documents, JsonElement system, Guid owner, PartsBuilder parts)
    {
        var mappedProcessors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (uri, document) in documents.Members(system, "Processors").Where(m => PartFacts.IsResource(m.Document)))
        {
            var type = document.String("ProcessorType");
            var socket = PartFacts.ServiceLabel(document) ?? document.String("Socket");
            if (type is null || type.Equals("CPU", StringComparison.OrdinalIgnoreCase))
            {
                if (PartFacts.IsAbsent(document))
                {
                    parts.EmptySlots.Add(PartFacts.Slot(PartKinds.Processor, document, uri, socket));
                    continue;
                }

                parts.Processors.Add(PartFacts.Fill(CpuFacts(document), document, uri, owner, PartOwnerKinds.Node, socket));
            }
            else if (type is not ("Core" or "Thread" or "Partition"))
            {
                mappedProcessors.Add(Crawling.RedfishPath.Key(uri));
                if (PartFacts.IsAbsent(document))
                {
                    parts.EmptySlots.Add(PartFacts.Slot(PartKinds.Accelerator, document, uri, socket));
                    continue;
                }

                var accelerator = new Accelerator
                {
                    Id = Guid.Empty,
                    OwnerId = owner,
                    AcceleratorType = type,
                    MemoryMib = ProcessorMemoryMib(document),
                    // DMTF public-rackmount1 FPGA1 carries its version only under FPGA.FirmwareVersion.
                    FirmwareVersion = document.String("FirmwareVersion") ?? document.Object("FPGA")?.String("FirmwareVersion"),
                };
                parts.Accelerators.Add(PartFacts.Fill(accelerator, document, uri, owner, PartOwnerKinds.Node, socket));
            }
        }

        foreach (var (uri, document) in documents.Members(system, "GraphicsControllers").Where(m => PartFacts.IsResource(m.Document)))
        {
            var links = document.Object("Links") is { } l ? l.Links("Processors") : [];
            if (links.Any(p => mappedProcessors.Contains(Crawling.RedfishPath.Key(p))))
            {
                continue;
            }

            if (PartFacts.IsAbsent(document))
            {
                parts.EmptySlots.Add(PartFacts.Slot(PartKinds.Accelerator, document, uri));
                continue;
            }

            var gpu = new Accelerator
            {
                Id = Guid.Empty,
                OwnerId = owner,
                AcceleratorType = "GPU",
                FirmwareVersion = document.String("FirmwareVersion") ?? document.String("BiosVersion"),
            };
            parts.Accelerators.Add(PartFacts.Fill(gpu, document, uri, owner, PartOwnerKinds.Node));
        }
    }

    private static Processor CpuFacts(JsonElement document) => new()
    {
        Id = Guid.Empty,
        OwnerId = Guid.Empty,
        Cores = Int(document.Long("TotalCores")),
        Threads = Int(document.Long("TotalThreads")),
        MaxSpeedMhz = Int(document.Long("MaxSpeedMHz")),
        InstructionSet = document.String("InstructionSet"),
    };

    private static long? ProcessorMemoryMib(JsonElement document)
    {
        if (!document.TryGetProperty("ProcessorMemory", out var memory) || memory.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var sizes = memory.EnumerateArray().Select(m => m.Long("CapacityMiB")).OfType<long>().ToList();
        return sizes.Count == 0 ? null : sizes.Sum();
    }

    /// <summary>A reported count as an int; a value out of range (a BMC's garbage) is kept out rather than wrapped.</summary>
    internal static int? Int(long? value) => value is >= int.MinValue and <= int.MaxValue ? (int)value.Value : null;
}
