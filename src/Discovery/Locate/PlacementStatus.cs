using System.Text.Json.Serialization;

namespace Discovery.Locate;

/// <summary>What the switches say about one MAC.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlacementStatus>))]
internal enum PlacementStatus
{
    /// <summary>On exactly one edge port, which the map names an xname for.</summary>
    [JsonStringEnumMemberName("placed")]
    Placed,

    /// <summary>On exactly one edge port, which the map gives no xname.</summary>
    [JsonStringEnumMemberName("port_not_mapped")]
    PortNotMapped,

    /// <summary>Seen only on uplink or trunk ports: its edge port is on a switch not read (or not in the map).</summary>
    [JsonStringEnumMemberName("uplink_only")]
    UplinkOnly,

    /// <summary>On edge ports of more than one switch or port.</summary>
    [JsonStringEnumMemberName("ambiguous")]
    Ambiguous,

    /// <summary>In no forwarding table read.</summary>
    [JsonStringEnumMemberName("not_seen")]
    NotSeen,
}
