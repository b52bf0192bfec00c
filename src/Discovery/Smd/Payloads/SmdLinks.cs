using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>The <c>links</c> object of a <c>Systems[]</c> entry.</summary>
internal sealed record SmdLinks
{
    /// <summary>Chassis paths; the records do not keep them, so empty.</summary>
    [JsonPropertyName("chassis")]
    public IReadOnlyList<string> Chassis { get; init; } = [];

    /// <summary>The managing Manager's path, when known.</summary>
    [JsonPropertyName("managers")]
    public IReadOnlyList<string> Managers { get; init; } = [];
}
