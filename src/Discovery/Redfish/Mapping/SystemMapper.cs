using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Validation;
using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Mapping;

/// <summary>Maps one Redfish ComputerSystem (and its crawled sub-resources) to a <see cref="ComputeNode"/>.</summary>
internal static class SystemMapper
{
    /// <summary>Maps the system at <paramref name="uri"/> managed by <paramref name="bmc"/>.</summary>
    public static ComputeNode Map(RedfishDocuments documents, string uri, JsonElement system, Bmc bmc, DateTimeOffset observedAt)
    {
        var systemUuid = system.String("UUID")?.ToLowerInvariant();
        // A system UUID identifies a node across BMC swaps; without one the BMC plus the system URI does. A value
        // that is no UUID ("Not Available") is no identity: two BMCs reporting it would make one node of two.
        var id = Guid.TryParseExact(systemUuid, "D", out var parsed) && parsed != Guid.Empty
            ? DeterministicGuid.Create($"node:uuid:{systemUuid}")
            : DeterministicGuid.Create($"node:{bmc.Id:N}:{RedfishPath.Key(uri)}");
        var processors = documents.Members(system, "Processors").Select(p => p.Document).Where(IsPresentCpu).ToList();
        var summary = system.Object("ProcessorSummary");
        var nics = documents.Members(system, "EthernetInterfaces")
            .Select(n => NicMapper.Map(n.Uri, n.Document, id, NetworkInterfaceOwnerKind.Node))
            .ToList();
        return new ComputeNode
        {
            Id = id,
            Hostname = ValidHostname(system.String("HostName")),
            ReportedHostname = system.String("HostName"),
            Arch = Architecture(processors),
            Manufacturer = system.String("Manufacturer"),
            Model = system.String("Model"),
            SerialNumber = system.String("SerialNumber"),
            SystemUuid = systemUuid,
            BiosVersion = system.String("BiosVersion"),
            PowerState = system.String("PowerState"),
            ProcessorCount = summary?.Long("Count") is { } count ? (int)count : processors.Count > 0 ? processors.Count : null,
            ProcessorModel = summary?.String("Model") ?? processors.Select(p => p.String("Model")).FirstOrDefault(m => m is not null),
            MemoryGib = MemoryGib(documents, system),
            BootMac = nics.Select(n => n.MacAddress).FirstOrDefault(m => m is not null),
            BmcId = bmc.Id,
            BmcIp = bmc.Ip,
            BmcMac = bmc.Mac,
            NetworkInterfaces = nics,
            RedfishUri = RedfishPath.Clean(uri),
            FirstSeen = observedAt,
            LastSeen = observedAt,
            LastUpdated = observedAt,
        };
    }

    /// <summary>The reported name in normal form when it is a valid host name; anything else stays a reported fact only.</summary>
    private static string? ValidHostname(string? reported) =>
        reported is null ? null : ValueRules.Hostname.Check(reported, out _);

    private static bool IsPresentCpu(JsonElement processor)
    {
        var type = processor.String("ProcessorType");
        var state = processor.Object("Status")?.String("State");
        return (type is null || type.Equals("CPU", StringComparison.OrdinalIgnoreCase))
            && !string.Equals(state, "Absent", StringComparison.OrdinalIgnoreCase);
    }

    private static double? MemoryGib(RedfishDocuments documents, JsonElement system)
    {
        if (system.Object("MemorySummary")?.Double("TotalSystemMemoryGiB") is { } total)
        {
            return total;
        }

        // No summary: add up the DIMMs that are there (CapacityMiB, Redfish Memory schema).
        var mib = documents.Members(system, "Memory")
            .Where(m => !string.Equals(m.Document.Object("Status")?.String("State"), "Absent", StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Document.Double("CapacityMiB") ?? 0)
            .Sum();
        return mib > 0 ? mib / 1024 : null;
    }

    private static string? Architecture(IReadOnlyList<JsonElement> processors)
    {
        foreach (var processor in processors)
        {
            var set = processor.String("InstructionSet") ?? processor.String("ProcessorArchitecture");
            switch (set?.ToUpperInvariant())
            {
                case "X86-64":
                    return "x86_64";
                case "ARM-A64":
                    return "aarch64";
                case "X86":
                    return "x86";
                case "IA-64":
                    return "ia64";
                case "POWER":
                    return "ppc64le";
                case "ARM":
                case "ARM-A32":
                    return "arm";
                default:
                    break;
            }
        }

        return null;
    }
}
