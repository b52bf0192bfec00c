using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>
/// The body of <c>POST /hsm/v2/Inventory/EthernetInterfaces</c> (and, without <see cref="MacAddress"/>, of its
/// PATCH): a node NIC that SMD would not create from the RedfishEndpoint body.
/// </summary>
internal sealed record EthernetInterfaceBody
{
    /// <summary>The MAC, lower-case colon form; null in a PATCH (the MAC is the resource id).</summary>
    [JsonPropertyName("MACAddress")]
    public string? MacAddress { get; init; }

    /// <summary>A description (the interface's Redfish Id or Name).</summary>
    [JsonPropertyName("Description")]
    public string Description { get; init; } = string.Empty;

    /// <summary>The node's xname.</summary>
    [JsonPropertyName("ComponentID")]
    public string? ComponentId { get; init; }

    /// <summary>The NIC's addresses; empty when the BMC reports none.</summary>
    [JsonPropertyName("IPAddresses")]
    public IReadOnlyList<IpAddressMapping> IpAddresses { get; init; } = [];

    /// <summary>SMD's id of the interface: the MAC, lower case, without colons.</summary>
    [JsonIgnore]
    public string Id => (MacAddress ?? string.Empty).Replace(":", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
