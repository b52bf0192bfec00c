using System.Globalization;
using System.Text;

namespace Discovery.Locate.Snmp;

/// <summary>An SNMP object identifier (<c>1.3.6.1.2.1.17.4.3.1.2</c>), ordered as SNMP orders them (arc by arc).</summary>
internal sealed class ObjectIdentifier : IEquatable<ObjectIdentifier>, IComparable<ObjectIdentifier>
{
    private readonly uint[] _arcs;

    /// <summary>An identifier of <paramref name="arcs"/> (at least two; the first 0-2, the second below 40 unless the first is 2).</summary>
    public ObjectIdentifier(params ReadOnlySpan<uint> arcs)
    {
        if (arcs.Length < 2 || arcs[0] > 2 || (arcs[0] < 2 && arcs[1] >= 40))
        {
            throw new ArgumentException("an OID needs at least two arcs, the first 0, 1 or 2", nameof(arcs));
        }

        _arcs = arcs.ToArray();
    }

    /// <summary>The arcs.</summary>
    public ReadOnlySpan<uint> Arcs => _arcs;

    /// <summary>The number of arcs.</summary>
    public int Length => _arcs.Length;

    /// <summary>Parses dotted text (a leading dot is allowed).</summary>
    /// <exception cref="FormatException">The text is not an OID.</exception>
    public static ObjectIdentifier Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.TrimStart('.').Split('.');
        var arcs = new uint[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!uint.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out arcs[i]))
            {
                throw new FormatException($"'{text}' is not an OID");
            }
        }

        return new ObjectIdentifier(arcs);
    }

    /// <summary>Decodes the contents of an OBJECT IDENTIFIER TLV (X.690 section 8.19).</summary>
    public static ObjectIdentifier Decode(ReadOnlySpan<byte> content)
    {
        var arcs = new List<uint>(content.Length + 1);
        ulong value = 0;
        var pending = false;
        foreach (var b in content)
        {
            value = (value << 7) | (uint)(b & 0x7F);
            pending = (b & 0x80) != 0;
            if (value > uint.MaxValue + 80UL)
            {
                throw BerReader.Malformed("an OID arc beyond 32 bits");
            }

            if (!pending)
            {
                if (arcs.Count == 0)
                {
                    var first = Math.Min(value / 40, 2);
                    arcs.Add((uint)first);
                    arcs.Add((uint)(value - (first * 40)));
                }
                else
                {
                    arcs.Add(checked((uint)value));
                }

                value = 0;
            }
        }

        return pending || arcs.Count < 2 ? throw BerReader.Malformed("a truncated OID") : new ObjectIdentifier([.. arcs]);
    }

    /// <summary>This identifier followed by <paramref name="more"/> arcs (a column plus an index).</summary>
    public ObjectIdentifier Append(params ReadOnlySpan<uint> more) => new([.. _arcs, .. more]);

    /// <summary>True when this identifier lies under <paramref name="root"/> (or is it).</summary>
    public bool StartsWith(ObjectIdentifier root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Arcs.StartsWith(root.Arcs);
    }

    /// <summary>The arcs after <paramref name="root"/> (the row index of a table column).</summary>
    public ReadOnlySpan<uint> After(ObjectIdentifier root) =>
        StartsWith(root) ? Arcs[root.Length..] : throw new ArgumentException($"{this} is not under {root}", nameof(root));

    /// <summary>The contents of the OID's TLV.</summary>
    public byte[] EncodeContent()
    {
        var bytes = new List<byte>(_arcs.Length + 4);
        AppendArc(bytes, (_arcs[0] * 40UL) + _arcs[1]);
        for (var i = 2; i < _arcs.Length; i++)
        {
            AppendArc(bytes, _arcs[i]);
        }

        return [.. bytes];
    }

    /// <inheritdoc/>
    public int CompareTo(ObjectIdentifier? other) => other is null ? 1 : Arcs.SequenceCompareTo(other.Arcs);

    /// <inheritdoc/>
    public bool Equals(ObjectIdentifier? other) => other is not null && Arcs.SequenceEqual(other.Arcs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObjectIdentifier);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var arc in _arcs)
        {
            hash.Add(arc);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder(_arcs.Length * 3);
        foreach (var arc in _arcs)
        {
            text.Append(text.Length == 0 ? string.Empty : ".").Append(arc.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static void AppendArc(List<byte> bytes, ulong arc)
    {
        Span<byte> groups = stackalloc byte[10];
        var count = 0;
        do
        {
            groups[count++] = (byte)(arc & 0x7F);
            arc >>= 7;
        }
        while (arc != 0);

        for (var i = count - 1; i >= 0; i--)
        {
            bytes.Add((byte)(groups[i] | (i > 0 ? 0x80 : 0)));
        }
    }
}
