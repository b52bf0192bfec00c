using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>
/// One <c>HWInventory.1.0.0_HWInventoryByLocation</c> entry of <c>/hsm/v2/Inventory/Hardware</c>: a part's location
/// (xname) and, populated, the FRU in it. Exactly one of the <c>*LocationInfo</c> properties is set, the one
/// <see cref="LocationType"/> names (the spec's discriminated subtypes <c>HWInvByLocProcessor</c>, ...).
/// </summary>
internal sealed record HardwareLocation
{
    /// <summary>The part's xname (<c>x3000c0s1b0n0p0</c>).</summary>
    [JsonPropertyName("ID")]
    public required string Id { get; init; }

    /// <summary>The HMS type: <c>Processor</c>, <c>Memory</c>, <c>NodeAccel</c> or <c>Drive</c>.</summary>
    [JsonPropertyName("Type")]
    public required string Type { get; init; }

    /// <summary>The last number of the xname.</summary>
    [JsonPropertyName("Ordinal")]
    public int Ordinal { get; init; }

    /// <summary>Always <c>Populated</c>: empty slots are not sent.</summary>
    [JsonPropertyName("Status")]
    public string Status { get; init; } = "Populated";

    /// <summary><c>HWInvByLocProcessor</c>, <c>HWInvByLocMemory</c>, <c>HWInvByLocNodeAccel</c> or <c>HWInvByLocDrive</c>.</summary>
    [JsonPropertyName("HWInventoryByLocationType")]
    public required string LocationType { get; init; }

    /// <summary>Set for a Processor.</summary>
    [JsonPropertyName("ProcessorLocationInfo")]
    public HardwareLocationInfo? ProcessorLocationInfo { get; init; }

    /// <summary>Set for a NodeAccel.</summary>
    [JsonPropertyName("NodeAccelLocationInfo")]
    public HardwareLocationInfo? NodeAccelLocationInfo { get; init; }

    /// <summary>Set for a Memory module.</summary>
    [JsonPropertyName("MemoryLocationInfo")]
    public HardwareLocationInfo? MemoryLocationInfo { get; init; }

    /// <summary>Set for a Drive.</summary>
    [JsonPropertyName("DriveLocationInfo")]
    public HardwareLocationInfo? DriveLocationInfo { get; init; }

    /// <summary>The part itself.</summary>
    [JsonPropertyName("PopulatedFRU")]
    public required HardwareFru PopulatedFru { get; init; }
}
