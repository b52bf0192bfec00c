using System.Text.Json.Serialization;

namespace Discovery.Redfish;

/// <summary>Source-generated JSON for the Redfish project's own files (certificate pins).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class RedfishJsonContext : JsonSerializerContext;
