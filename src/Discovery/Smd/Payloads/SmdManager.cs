using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>
/// A <c>Managers[]</c> entry. SMD creates a NodeBMC component from it and EthernetInterfaces from its NICs;
/// it ignores <c>firmware_version</c>, but the firmware is in the body so that a firmware change is a change
/// (as in Magellan's bodies).
/// </summary>
internal sealed record SmdManager
{
    /// <summary>The Manager's path (<c>/redfish/v1/Managers/BMC</c>), when its NICs show it.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; init; } = string.Empty;

    /// <summary>The Manager's UUID; the records do not keep it, so empty.</summary>
    [JsonPropertyName("uuid")]
    public string Uuid { get; init; } = string.Empty;

    /// <summary>The Manager's name; the records do not keep it, so empty.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>The Manager's description; the records do not keep it, so empty.</summary>
    [JsonPropertyName("description")]
    public string Description { get; init; } = string.Empty;

    /// <summary>Model.</summary>
    [JsonPropertyName("model")]
    public string Model { get; init; } = string.Empty;

    /// <summary>Manager type (<c>BMC</c>, <c>EnclosureManager</c>, ...).</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = string.Empty;

    /// <summary>BMC firmware version.</summary>
    [JsonPropertyName("firmware_version")]
    public string FirmwareVersion { get; init; } = string.Empty;

    /// <summary>The BMC's own NIC (never host-interface NICs, whose MACs repeat across BMCs).</summary>
    [JsonPropertyName("ethernet_interfaces")]
    public IReadOnlyList<SmdEthernetInterface> EthernetInterfaces { get; init; } = [];

    /// <summary>Allowed reset types; the records do not keep them, so empty.</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Command shells; the records do not keep them, so empty.</summary>
    [JsonPropertyName("command_shell")]
    public IReadOnlyList<string> CommandShell { get; init; } = [];
}
