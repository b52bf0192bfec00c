using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>
/// A <c>Systems[]</c> entry (SMD's <c>schemas.InventoryDetail</c>). SMD reads <c>uuid</c> (entries with an equal
/// or empty uuid collapse into one node), <c>uri</c>, <c>system_type</c>, <c>name</c>, <c>actions</c>,
/// <c>links.chassis[0]</c>, <c>power.power_control_ids</c> and <c>ethernet_interfaces</c>; the rest is kept for
/// readers of the body. Unknown values are empty strings, empty lists or 0 so every body has the same keys.
/// </summary>
internal sealed record SmdSystem
{
    /// <summary>The ComputerSystem's path (<c>/redfish/v1/Systems/1</c>).</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; init; } = string.Empty;

    /// <summary>The system UUID.</summary>
    [JsonPropertyName("uuid")]
    public string Uuid { get; init; } = string.Empty;

    /// <summary>Manufacturer.</summary>
    [JsonPropertyName("manufacturer")]
    public string Manufacturer { get; init; } = string.Empty;

    /// <summary>Redfish <c>SystemType</c>; the records do not keep it, so empty.</summary>
    [JsonPropertyName("system_type")]
    public string SystemType { get; init; } = string.Empty;

    /// <summary>Redfish <c>Name</c>; the records do not keep it, so empty.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Model.</summary>
    [JsonPropertyName("model")]
    public string Model { get; init; } = string.Empty;

    /// <summary>Serial number.</summary>
    [JsonPropertyName("serial")]
    public string Serial { get; init; } = string.Empty;

    /// <summary>BIOS version.</summary>
    [JsonPropertyName("bios_version")]
    public string BiosVersion { get; init; } = string.Empty;

    /// <summary>The NICs SMD turns into EthernetInterfaces itself (each has a MAC and an address).</summary>
    [JsonPropertyName("ethernet_interfaces")]
    public IReadOnlyList<SmdEthernetInterface> EthernetInterfaces { get; init; } = [];

    /// <summary>Power state and power-control ids.</summary>
    [JsonPropertyName("power")]
    public SmdPower Power { get; init; } = new();

    /// <summary>Processor sockets.</summary>
    [JsonPropertyName("processor_count")]
    public int ProcessorCount { get; init; }

    /// <summary>Processor model.</summary>
    [JsonPropertyName("processor_type")]
    public string ProcessorType { get; init; } = string.Empty;

    /// <summary>Memory in GiB.</summary>
    [JsonPropertyName("memory_total")]
    public double MemoryTotal { get; init; }

    /// <summary>Allowed reset types; the records do not keep them, so empty.</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Links to the system's chassis and managers.</summary>
    [JsonPropertyName("links")]
    public SmdLinks Links { get; init; } = new();
}
