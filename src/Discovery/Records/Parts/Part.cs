using System.Text.Json.Serialization;

namespace Discovery.Records.Parts;

/// <summary>
/// What every part of a node (or of its BMC) has: the fields SMD's FRU data and the FRU identity rules read. A part
/// is a fact a BMC reported: every value is kept as reported (trimmed), never refused.
/// </summary>
/// <remarks>Common fields come first in JSON (negative <see cref="JsonPropertyOrderAttribute"/>), then the kind's own.</remarks>
internal abstract record Part
{
    /// <summary>Stable identifier: derived from the owner and the Redfish URI; the store keeps a FRU's id across moves.</summary>
    [JsonPropertyOrder(-20)]
    public required Guid Id { get; init; }

    /// <summary>The kind (<see cref="PartKinds"/>): <c>processor</c>, <c>memory</c>, <c>accelerator</c>, ...</summary>
    [JsonPropertyOrder(-19)]
    public string Kind => KindName;

    /// <summary>Id of the node (or BMC) the part belongs to.</summary>
    [JsonPropertyOrder(-18)]
    public required Guid OwnerId { get; init; }

    /// <summary><c>node</c> or <c>bmc</c> (firmware of the controller itself).</summary>
    [JsonPropertyOrder(-17)]
    public string OwnerKind { get; init; } = PartOwnerKinds.Node;

    /// <summary>Where the part sits (socket, slot, bay): the service label when reported, else the Redfish Id.</summary>
    [JsonPropertyOrder(-16)]
    public string? Location { get; init; }

    /// <summary>Manufacturer, trimmed.</summary>
    [JsonPropertyOrder(-15)]
    public string? Manufacturer { get; init; }

    /// <summary>Model, trimmed.</summary>
    [JsonPropertyOrder(-14)]
    public string? Model { get; init; }

    /// <summary>Serial number, trimmed; null when the BMC reports none (or an empty string).</summary>
    [JsonPropertyOrder(-13)]
    public string? SerialNumber { get; init; }

    /// <summary>Part number, trimmed.</summary>
    [JsonPropertyOrder(-12)]
    public string? PartNumber { get; init; }

    /// <summary>Redfish <c>Status</c>: state and health as reported.</summary>
    [JsonPropertyOrder(-11)]
    public PartStatus Status { get; init => field = value ?? PartStatus.Unknown; } = PartStatus.Unknown;

    /// <summary>The kind's name, which <see cref="Kind"/> shows first among the fields.</summary>
    protected abstract string KindName { get; }

    /// <summary>The Redfish URI the part was read from.</summary>
    [JsonPropertyOrder(-10)]
    public string? RedfishUri { get; init; }
}
