using System.Text.Json.Serialization;

namespace Discovery.Records;

/// <summary>What kind of record owns a <see cref="NetworkInterface"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NetworkInterfaceOwnerKind>))]
internal enum NetworkInterfaceOwnerKind
{
    /// <summary>A compute node's host interface.</summary>
    [JsonStringEnumMemberName("node")]
    Node,

    /// <summary>A BMC's own interface.</summary>
    [JsonStringEnumMemberName("bmc")]
    Bmc,
}
