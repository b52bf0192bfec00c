using System.Text.Json.Serialization;

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
internal sealed partial class InventoryJsonContext : JsonSerializerContext;
