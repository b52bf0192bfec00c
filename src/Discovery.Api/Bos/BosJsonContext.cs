using System.Text.Json.Serialization;

namespace Discovery.Api.Bos;

/// <summary>Source-generated JSON for the BOS v2 bodies (snake_case as the spec; unknown request fields refused, as its schemas are closed).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(BosSessionTemplate))]
[JsonSerializable(typeof(IReadOnlyList<BosSessionTemplate>))]
[JsonSerializable(typeof(BosSessionCreate))]
[JsonSerializable(typeof(BosSession))]
[JsonSerializable(typeof(IReadOnlyList<BosSession>))]
[JsonSerializable(typeof(BosExtendedStatus))]
[JsonSerializable(typeof(BosComponent))]
[JsonSerializable(typeof(IReadOnlyList<BosComponent>))]
internal sealed partial class BosJsonContext : JsonSerializerContext;
