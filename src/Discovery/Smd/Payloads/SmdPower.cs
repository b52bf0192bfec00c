using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>The <c>power</c> object of a <c>Systems[]</c> entry.</summary>
internal sealed record SmdPower
{
    /// <summary>Power state (<c>On</c>, <c>Off</c>).</summary>
    [JsonPropertyName("state")]
    public string State { get; init; } = string.Empty;

    /// <summary>Chassis PowerControl ids; the records do not keep them, so empty.</summary>
    [JsonPropertyName("power_control_ids")]
    public IReadOnlyList<string> PowerControlIds { get; init; } = [];
}
