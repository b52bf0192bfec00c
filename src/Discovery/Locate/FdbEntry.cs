namespace Discovery.Locate;

/// <summary>One forwarding-table row of one switch: a MAC learnt on a port (in a VLAN, when Q-BRIDGE told us).</summary>
/// <param name="Mac">Lower-case colon form.</param>
/// <param name="Vlan">The dot1qFdbId, null from the BRIDGE-MIB fallback.</param>
/// <param name="BridgePort">The bridge port number.</param>
/// <param name="IfIndex">The port's ifIndex, when dot1dBasePortIfIndex maps it.</param>
/// <param name="IfName">The port's ifName, when the switch has one.</param>
internal sealed record FdbEntry(string Mac, int? Vlan, int BridgePort, int? IfIndex, string? IfName)
{
    /// <summary>The port as people name it: the ifName, else the bridge port number.</summary>
    public string PortName => IfName ?? BridgePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
