using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>The body of <c>POST /hsm/v2/Inventory/Hardware</c>.</summary>
internal sealed record HardwareBody
{
    [JsonPropertyName("Hardware")]
    public required IReadOnlyList<HardwareLocation> Hardware { get; init; }
}
