namespace Discovery.Testing.Smd;

/// <summary>An EthernetInterface (SMD's CompEthInterfaceV2) as the double stores it.</summary>
/// <param name="Id">The MAC without colons, lower case.</param>
/// <param name="MacAddress">The MAC.</param>
/// <param name="Description">The description.</param>
/// <param name="ComponentId">The owning component's xname, or empty.</param>
/// <param name="IpAddresses">Its addresses.</param>
public sealed record SmdDoubleInterface(string Id, string MacAddress, string Description, string ComponentId, IReadOnlyList<string> IpAddresses);
