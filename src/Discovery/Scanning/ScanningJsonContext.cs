using System.Text.Json.Serialization;

namespace Discovery.Scanning;

/// <summary>Source-generated JSON for what the scanner persists (snake_case, like every discover record).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(State.LastScan))]
internal sealed partial class ScanningJsonContext : JsonSerializerContext;
