using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>An entry of an EthernetInterface's <c>IPAddresses</c>.</summary>
/// <param name="IpAddress">The address; SMD refuses an empty one.</param>
internal sealed record IpAddressMapping([property: JsonPropertyName("IPAddress")] string IpAddress);
