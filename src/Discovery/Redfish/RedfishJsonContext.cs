using System.Text.Json.Serialization;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Mapping;

namespace Discovery.Redfish;

/// <summary>
/// Source-generated JSON for the Redfish project: command output (snake_case, as the inventory records)
/// and the certificate pin file (a plain map, whose keys no naming policy touches).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(BmcCollectSummary))]
[JsonSerializable(typeof(BmcCollectStatus))]
[JsonSerializable(typeof(MappedInventory))]
internal sealed partial class RedfishJsonContext : JsonSerializerContext;
