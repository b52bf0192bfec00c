using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>
/// The FRU info of a Processor, NodeAccel, Memory or Drive: one record for the four shapes; the builder sets only the
/// properties the type's spec schema names (a Processor's has no serial: that goes into the FRU id).
/// </summary>
internal sealed record HardwareFruInfo
{
    [JsonPropertyName("Manufacturer")]
    public string? Manufacturer { get; init; }

    [JsonPropertyName("Model")]
    public string? Model { get; init; }

    [JsonPropertyName("SerialNumber")]
    public string? SerialNumber { get; init; }

    [JsonPropertyName("PartNumber")]
    public string? PartNumber { get; init; }

    [JsonPropertyName("ProcessorType")]
    public string? ProcessorType { get; init; }

    [JsonPropertyName("InstructionSet")]
    public string? InstructionSet { get; init; }

    [JsonPropertyName("MaxSpeedMHz")]
    public int? MaxSpeedMhz { get; init; }

    [JsonPropertyName("TotalCores")]
    public int? TotalCores { get; init; }

    [JsonPropertyName("TotalThreads")]
    public int? TotalThreads { get; init; }

    [JsonPropertyName("CapacityMiB")]
    public long? CapacityMib { get; init; }

    [JsonPropertyName("MemoryType")]
    public string? MemoryType { get; init; }

    [JsonPropertyName("MemoryDeviceType")]
    public string? MemoryDeviceType { get; init; }

    [JsonPropertyName("OperatingSpeedMhz")]
    public int? OperatingSpeedMhz { get; init; }

    [JsonPropertyName("CapacityBytes")]
    public long? CapacityBytes { get; init; }

    [JsonPropertyName("Protocol")]
    public string? Protocol { get; init; }

    [JsonPropertyName("MediaType")]
    public string? MediaType { get; init; }
}
