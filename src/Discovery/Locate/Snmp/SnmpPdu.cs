namespace Discovery.Locate.Snmp;

/// <summary>
/// A PDU (RFC 3416 section 3). For GETBULK the two error fields carry non-repeaters and max-repetitions, as on the wire.
/// </summary>
internal sealed record SnmpPdu(byte Type, int RequestId, int ErrorStatus, int ErrorIndex, IReadOnlyList<VariableBinding> VariableBindings)
{
    /// <summary>The encoding of the PDU as a TLV.</summary>
    public byte[] Encode()
    {
        var bindings = new byte[VariableBindings.Count][];
        for (var i = 0; i < bindings.Length; i++)
        {
            var binding = VariableBindings[i];
            bindings[i] = BerWriter.Sequence(BerWriter.ObjectIdentifier(binding.Oid), binding.Value.Encode());
        }

        return BerWriter.Constructed(Type,
            BerWriter.Integer(RequestId), BerWriter.Integer(ErrorStatus), BerWriter.Integer(ErrorIndex), BerWriter.Sequence(bindings));
    }

    /// <summary>Decodes a PDU element (any PDU tag).</summary>
    public static SnmpPdu Decode(BerElement element)
    {
        if ((element.Tag & 0xE0) != 0xA0)
        {
            throw BerReader.Malformed($"expected a PDU, found tag 0x{element.Tag:x2}");
        }

        var reader = element.Open();
        var requestId = (int)reader.ReadInteger();
        var errorStatus = (int)reader.ReadInteger();
        var errorIndex = (int)reader.ReadInteger();
        var list = reader.ReadConstructed(SnmpTag.Sequence);
        var bindings = new List<VariableBinding>();
        while (!list.AtEnd)
        {
            var binding = list.ReadConstructed(SnmpTag.Sequence);
            var oid = ObjectIdentifier.Decode(binding.Read(SnmpTag.ObjectIdentifier).Content.Span);
            var value = binding.Read();
            bindings.Add(new VariableBinding(oid, new SnmpValue(value.Tag, value.Content)));
        }

        return new SnmpPdu(element.Tag, requestId, errorStatus, errorIndex, bindings);
    }

    /// <summary>A request PDU of <paramref name="type"/> with NULL values for <paramref name="oids"/>.</summary>
    public static SnmpPdu Request(byte type, int requestId, IEnumerable<ObjectIdentifier> oids, int nonRepeaters = 0, int maxRepetitions = 0) =>
        new(type, requestId, nonRepeaters, maxRepetitions, [.. oids.Select(o => new VariableBinding(o, SnmpValue.Null))]);
}
