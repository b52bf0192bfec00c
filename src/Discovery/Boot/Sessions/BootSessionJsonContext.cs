using System.Text.Json.Serialization;

namespace Discovery.Boot.Sessions;

/// <summary>Source-generated JSON for boot sessions as <c>discover boot session -o json</c> prints them (snake_case).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BootSession))]
[JsonSerializable(typeof(BootSessionNode))]
internal sealed partial class BootSessionJsonContext : JsonSerializerContext;
