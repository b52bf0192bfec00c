namespace Discovery.Locate.Map;

/// <summary>The SNMP version a switch is read with.</summary>
internal enum SnmpVersion
{
    /// <summary>v2c with a community.</summary>
    V2c,

    /// <summary>v3 USM at authPriv (AES-128 privacy).</summary>
    V3,
}
