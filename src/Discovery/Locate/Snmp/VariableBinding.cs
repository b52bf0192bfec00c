namespace Discovery.Locate.Snmp;

/// <summary>One varbind: an object instance and its value.</summary>
internal sealed record VariableBinding(ObjectIdentifier Oid, SnmpValue Value);
