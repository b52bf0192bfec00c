using Discovery.Locate.Snmp;

namespace Discovery.Locate;

/// <summary>The columns a switch walk reads (issue 16's table).</summary>
internal static class BridgeMib
{
    /// <summary>Q-BRIDGE-MIB dot1qTpFdbPort: index dot1qFdbId (the VLAN on the switches we know) then the MAC; value the bridge port.</summary>
    public static readonly ObjectIdentifier Dot1qTpFdbPort = ObjectIdentifier.Parse("1.3.6.1.2.1.17.7.1.2.2.1.2");

    /// <summary>BRIDGE-MIB dot1dTpFdbPort: index the MAC; value the bridge port (the fallback without VLANs).</summary>
    public static readonly ObjectIdentifier Dot1dTpFdbPort = ObjectIdentifier.Parse("1.3.6.1.2.1.17.4.3.1.2");

    /// <summary>BRIDGE-MIB dot1dBasePortIfIndex: bridge port to ifIndex.</summary>
    public static readonly ObjectIdentifier Dot1dBasePortIfIndex = ObjectIdentifier.Parse("1.3.6.1.2.1.17.1.4.1.2");

    /// <summary>IF-MIB ifName: ifIndex to the port's name (<c>Ethernet1/1</c>, <c>ge-0/0/1</c>).</summary>
    public static readonly ObjectIdentifier IfName = ObjectIdentifier.Parse("1.3.6.1.2.1.31.1.1.1.1");

    /// <summary>LLDP-MIB lldpRemSysName: index timeMark, lldpLocalPortNum (the bridge port), remote index; value the neighbour's name.</summary>
    public static readonly ObjectIdentifier LldpRemSysName = ObjectIdentifier.Parse("1.0.8802.1.1.2.1.4.1.1.9");
}
