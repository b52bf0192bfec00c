using System.Text.Json.Serialization;
using Discovery.Records.Parts;

namespace Discovery.Records;

/// <summary>Source-generated JSON for the inventory records, snake_case as in the OpenCHAMI RFD.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(ComputeNode))]
[JsonSerializable(typeof(Bmc))]
[JsonSerializable(typeof(NetworkInterface))]
[JsonSerializable(typeof(NodeGroup))]
[JsonSerializable(typeof(BootProfile))]
[JsonSerializable(typeof(SessionTemplate))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, BootSet>))]
[JsonSerializable(typeof(IReadOnlyList<ComputeNode>))]
[JsonSerializable(typeof(IReadOnlyList<Bmc>))]
[JsonSerializable(typeof(IReadOnlyList<NetworkInterface>))]
[JsonSerializable(typeof(Processor))]
[JsonSerializable(typeof(MemoryModule))]
[JsonSerializable(typeof(Accelerator))]
[JsonSerializable(typeof(Drive))]
[JsonSerializable(typeof(PcieDevice))]
[JsonSerializable(typeof(FirmwareItem))]
[JsonSerializable(typeof(PartStatus))]
[JsonSerializable(typeof(EmptySlot))]
[JsonSerializable(typeof(IReadOnlyList<EmptySlot>))]
[JsonSerializable(typeof(NodeParts))]
internal sealed partial class InventoryJsonContext : JsonSerializerContext;
