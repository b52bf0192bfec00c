using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Numerics;

namespace Discovery.Targets;

/// <summary>
/// An inclusive range of IP addresses of one family, held as two 128-bit numbers so a /16 costs two
/// numbers rather than 65,536 objects. Addresses are produced only when enumerated.
/// </summary>
internal readonly record struct AddressRange
{
    /// <summary>Creates a range from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    /// <exception cref="ArgumentException">The family is neither IPv4 nor IPv6, or last is below first.</exception>
    public AddressRange(AddressFamily family, UInt128 first, UInt128 last)
    {
        if (family is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            throw new ArgumentException($"Unsupported address family {family}.", nameof(family));
        }

        if (last < first || (family == AddressFamily.InterNetwork && last > uint.MaxValue))
        {
            throw new ArgumentException("The range is empty or out of the family's bounds.", nameof(last));
        }

        Family = family;
        First = first;
        Last = last;
    }

    /// <summary>IPv4 (<see cref="AddressFamily.InterNetwork"/>) or IPv6.</summary>
    public AddressFamily Family { get; }

    /// <summary>The first address as a number (big-endian interpretation of the address bytes).</summary>
    public UInt128 First { get; }

    /// <summary>The last address as a number, inclusive.</summary>
    public UInt128 Last { get; }

    /// <summary>How many addresses the range holds (saturates at <see cref="ulong.MaxValue"/>).</summary>
    public ulong Count => Last - First >= ulong.MaxValue ? ulong.MaxValue : (ulong)(Last - First) + 1;

    /// <summary>A range holding the single address <paramref name="address"/>.</summary>
    public static AddressRange Single(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var value = ToNumber(address);
        return new AddressRange(address.AddressFamily, value, value);
    }

    /// <summary>True when <paramref name="address"/> lies in this range.</summary>
    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != Family)
        {
            return false;
        }

        var value = ToNumber(address);
        return value >= First && value <= Last;
    }

    /// <summary>Enumerates the addresses lazily, in ascending order.</summary>
    public IEnumerable<IPAddress> Enumerate()
    {
        var value = First;
        while (true)
        {
            yield return ToAddress(Family, value);
            if (value == Last)
            {
                yield break;
            }

            value++;
        }
    }

    /// <summary>The address as an unsigned number (IPv4 in the low 32 bits).</summary>
    public static UInt128 ToNumber(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return UInt128.CreateTruncating(new BigInteger(bytes[..written], isUnsigned: true, isBigEndian: true));
    }

    /// <summary>The address of <paramref name="family"/> whose number is <paramref name="value"/>.</summary>
    public static IPAddress ToAddress(AddressFamily family, UInt128 value)
    {
        if (family == AddressFamily.InterNetwork)
        {
            // IPAddress(long) takes the address as laid out in memory (network order); no byte array per address.
            return new IPAddress(BinaryPrimitives.ReverseEndianness((uint)value));
        }

        var bytes = new byte[16];
        for (var i = 15; i >= 0; i--)
        {
            bytes[i] = (byte)value;
            value >>= 8;
        }

        return new IPAddress(bytes);
    }

    /// <inheritdoc/>
    public override string ToString() => First == Last
        ? ToAddress(Family, First).ToString()
        : $"{ToAddress(Family, First)}-{ToAddress(Family, Last)}";
}
