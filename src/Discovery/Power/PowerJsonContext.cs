using System.Text.Json.Serialization;

namespace Discovery.Power;

/// <summary>JSON of power results (<c>discover power -o json</c>).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(NodePowerResult))]
[JsonSerializable(typeof(IReadOnlyList<NodePowerResult>))]
internal sealed partial class PowerJsonContext : JsonSerializerContext;
