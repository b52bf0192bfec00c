using System.Text.Json.Serialization;

namespace Discovery.Boot;

/// <summary>A cloud-init server <c>cistore.GroupData</c> body (reference/cloud-init/swagger.yaml), as discover writes it.</summary>
internal sealed record CloudInitGroup
{
    /// <summary>The group's name (discover's NodeGroup name).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Says where it came from.</summary>
    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    /// <summary>The cloud-config.</summary>
    [JsonPropertyName("file")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CloudInitFile? File { get; init; }
}
