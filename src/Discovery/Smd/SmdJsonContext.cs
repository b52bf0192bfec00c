using System.Text.Json.Serialization;
using Discovery.Smd.Payloads;
using Discovery.Smd.State;

namespace Discovery.Smd;

/// <summary>
/// Source-generated JSON for what goes to and comes from SMD (names fixed by attributes: PascalCase at the
/// endpoint root, snake_case inside <c>Systems[]</c>/<c>Managers[]</c>) and for the registration state file.
/// Reading is case-insensitive, as SMD's Go decoder is.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RedfishEndpointBody))]
[JsonSerializable(typeof(EthernetInterfaceBody))]
[JsonSerializable(typeof(SmdProblem))]
[JsonSerializable(typeof(SmdEndpointView))]
[JsonSerializable(typeof(SmdStateFile))]
[JsonSerializable(typeof(HardwareBody))]
[JsonSerializable(typeof(HardwareLocation))]
internal sealed partial class SmdJsonContext : JsonSerializerContext;
