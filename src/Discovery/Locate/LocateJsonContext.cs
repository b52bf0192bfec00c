using System.Text.Json.Serialization;

namespace Discovery.Locate;

/// <summary>Source-generated JSON for <c>discover locate -o json</c> (snake_case, like every discover record).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MacLocation))]
internal sealed partial class LocateJsonContext : JsonSerializerContext;
