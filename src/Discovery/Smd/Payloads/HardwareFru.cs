using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>
/// <c>HWInventory.1.0.0_HWInventoryByFRU</c>: the physical part wherever it sits. Exactly one <c>*FRUInfo</c> is set,
/// the one <see cref="FruType"/> names.
/// </summary>
internal sealed record HardwareFru
{
    /// <summary>The FRU id (<see cref="HardwareInventoryBuilder.FruId"/>).</summary>
    [JsonPropertyName("FRUID")]
    public required string FruId { get; init; }

    /// <summary>The HMS type, as the location's.</summary>
    [JsonPropertyName("Type")]
    public required string Type { get; init; }

    /// <summary><c>HWInvByFRUProcessor</c>, <c>HWInvByFRUMemory</c>, <c>HWInvByFRUNodeAccel</c> or <c>HWInvByFRUDrive</c>.</summary>
    [JsonPropertyName("HWInventoryByFRUType")]
    public required string FruType { get; init; }

    /// <summary>Set for a Processor.</summary>
    [JsonPropertyName("ProcessorFRUInfo")]
    public HardwareFruInfo? ProcessorFruInfo { get; init; }

    /// <summary>Set for a NodeAccel (the spec gives it the Processor's FRU info shape).</summary>
    [JsonPropertyName("NodeAccelFRUInfo")]
    public HardwareFruInfo? NodeAccelFruInfo { get; init; }

    /// <summary>Set for a Memory module.</summary>
    [JsonPropertyName("MemoryFRUInfo")]
    public HardwareFruInfo? MemoryFruInfo { get; init; }

    /// <summary>Set for a Drive.</summary>
    [JsonPropertyName("DriveFRUInfo")]
    public HardwareFruInfo? DriveFruInfo { get; init; }
}
