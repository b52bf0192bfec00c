using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>An <c>ethernet_interfaces[]</c> entry of a system or manager (SMD's <c>schemas.EthernetInterface</c>).</summary>
internal sealed record SmdEthernetInterface
{
    /// <summary>The EthernetInterface's path.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; init; } = string.Empty;

    /// <summary>MAC, lower-case colon form (SMD keys EthernetInterfaces by it).</summary>
    [JsonPropertyName("mac")]
    public required string Mac { get; init; }

    /// <summary>An address of the NIC; never empty (SMD refuses an empty one with 400 after storing the endpoint).</summary>
    [JsonPropertyName("ip")]
    public required string Ip { get; init; }

    /// <summary>The interface's Redfish Id or Name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>What SMD shows as the EthernetInterface's description.</summary>
    [JsonPropertyName("description")]
    public string Description { get; init; } = string.Empty;

    /// <summary>Whether the interface is enabled (true when the BMC does not say).</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; init; } = true;
}
