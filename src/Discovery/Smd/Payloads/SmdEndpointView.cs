using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>The fields of <c>GET /hsm/v2/Inventory/RedfishEndpoints/{xname}</c> that confirm a registration.</summary>
/// <remarks>SMD's answer also carries the stored password unless it keeps passwords in Vault; it is not read here.</remarks>
internal sealed record SmdEndpointView
{
    /// <summary>The xname.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; init; }

    /// <summary>The FQDN SMD derived from what was sent.</summary>
    [JsonPropertyName("FQDN")]
    public string? Fqdn { get; init; }

    /// <summary>The BMC account.</summary>
    [JsonPropertyName("User")]
    public string? User { get; init; }

    /// <summary>The BMC MAC.</summary>
    [JsonPropertyName("MACAddr")]
    public string? MacAddr { get; init; }

    /// <summary>Whether SMD rediscovers on its own.</summary>
    [JsonPropertyName("RediscoverOnUpdate")]
    public bool RediscoverOnUpdate { get; init; }
}
