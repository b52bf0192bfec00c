using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>
/// The body of <c>POST/PUT /hsm/v2/Inventory/RedfishEndpoints</c> in OpenCHAMI's full-inventory form
/// (<c>SchemaVersion: 1</c>): SMD's <c>RawRedfishEP</c> fields at the root, what the agent crawled in
/// <see cref="Systems"/> and <see cref="Managers"/> (snake_case inside, as SMD's <c>parseRedfishEndpointDataV2</c>
/// reads them). Keys follow <c>reference/smd/examples/redfishendpoint-post-bodies.json</c>.
/// </summary>
internal sealed record RedfishEndpointBody
{
    /// <summary>The BMC's xname; SMD refuses anything but a controller xname (400).</summary>
    [JsonPropertyName("ID")]
    public required string Id { get; init; }

    /// <summary>The HMS type of <see cref="Id"/> (<c>NodeBMC</c>, ...). SMD derives it again from the xname.</summary>
    [JsonPropertyName("Type")]
    public required string Type { get; init; }

    /// <summary>A free-text name; SMD keeps it as given.</summary>
    [JsonPropertyName("Name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Where SMD reaches the BMC: the address collected, with <c>:port</c> when it is not 443.</summary>
    [JsonPropertyName("FQDN")]
    public required string Fqdn { get; init; }

    /// <summary>The Redfish service's ServiceRoot UUID (what SSDP announces); omitted when unknown.</summary>
    [JsonPropertyName("UUID")]
    public string? Uuid { get; init; }

    /// <summary>The BMC account SMD should use.</summary>
    [JsonPropertyName("User")]
    public string User { get; init; } = string.Empty;

    /// <summary>The BMC password; only with an explicit flag, never printed.</summary>
    [JsonPropertyName("Password")]
    public string? Password { get; init; }

    /// <summary>True when <see cref="MacAddr"/> is known (SMD then geolocates by it).</summary>
    [JsonPropertyName("MACRequired")]
    public bool MacRequired { get; init; }

    /// <summary>The BMC's own MAC; omitted when unknown (the swagger's pattern forbids an empty string).</summary>
    [JsonPropertyName("MACAddr")]
    public string? MacAddr { get; init; }

    /// <summary>Always false: otherwise an SMD running its own discovery overwrites what was registered.</summary>
    [JsonPropertyName("RediscoverOnUpdate")]
    public bool RediscoverOnUpdate { get; init; }

    /// <summary>1, as a JSON number (a string makes SMD answer 500).</summary>
    [JsonPropertyName("SchemaVersion")]
    public int SchemaVersion { get; init; } = 1;

    /// <summary>One entry per compute node, in node order (SMD names them <c>&lt;ID&gt;n0</c>, <c>n1</c>, ...).</summary>
    [JsonPropertyName("Systems")]
    public IReadOnlyList<SmdSystem> Systems { get; init; } = [];

    /// <summary>The BMC's manager (SMD creates the NodeBMC component from it).</summary>
    [JsonPropertyName("Managers")]
    public IReadOnlyList<SmdManager> Managers { get; init; } = [];
}
