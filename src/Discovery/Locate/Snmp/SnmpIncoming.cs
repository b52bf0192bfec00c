namespace Discovery.Locate.Snmp;

/// <summary>A decoded answer: the message id (v3; the request id for v2c), the PDU, and for v3 the agent's engine fields.</summary>
internal sealed record SnmpIncoming(int MessageId, SnmpPdu Pdu, UsmSecurityParameters? Usm = null);
