using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>Redfish pass-through of where a part sits (<c>HWInventory.1.0.0_Redfish*LocationInfo</c>).</summary>
internal sealed record HardwareLocationInfo
{
    /// <summary>The Redfish <c>Id</c> (last segment of the part's URI).</summary>
    [JsonPropertyName("Id")]
    public string? Id { get; init; }

    /// <summary>The part's location label as the BMC reports it.</summary>
    [JsonPropertyName("Name")]
    public string? Name { get; init; }

    /// <summary>A processor's socket (its location label); only Processor and NodeAccel carry it.</summary>
    [JsonPropertyName("Socket")]
    public string? Socket { get; init; }
}
