using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Discovery.Records.Xnames;

/// <summary>
/// Assigns BMC xnames: the id map first (by IP, then by the BMC's MAC), else one derived from the whole
/// address, never one the map gives to another BMC or this assigner already handed out. Thread-safe, so
/// one instance serves a whole parallel collect.
/// </summary>
/// <remarks>
/// <para>Derivation for IPv4 <c>a.b.c.d</c> (node BMC <c>x{cabinet}c{chassis}s{slot}b0</c>):
/// cabinet = 1000 + (b mod 32) * 256 + c, chassis = b div 32, slot = d. The pair (cabinet, chassis) encodes
/// (b, c) exactly and the slot is d, so the scheme is injective on any /8 (only <c>a</c> is dropped) and
/// stays inside HMS ranges (cabinet 1000-9191 of 0-9999, chassis 0-7). E.g. 10.0.1.5 → x1001c0s5b0 and
/// 10.0.2.5 → x1002c0s5b0, where Magellan gives both x10c0s5b0.</para>
/// <para>IPv6 addresses and host names hash (SHA-256 of the canonical text) into cabinets 0-999, which
/// IPv4 never uses, so the two families cannot meet; hash collisions are possible and resolved below.</para>
/// <para>Collisions (an id-map xname, or two derived addresses meeting: IPv4 addresses from different /8s,
/// IPv6 hashes) are resolved by raising the BMC ordinal (<c>b1</c>, <c>b2</c>, ...). That step depends on
/// which BMC came first, so only collision-free addresses are guaranteed the same xname in every run.</para>
/// </remarks>
internal sealed class XnameAssigner : IXnameAssigner
{
    private const int Ipv4CabinetBase = 1000;
    private const int HashedCabinets = 1000;

    private readonly IdMap _map;
    private readonly Func<string, (Xname? Xname, string SwitchPort)?>? _located;
    private readonly IReadOnlySet<Xname> _reserved;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, BmcName> _byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<Xname, string> _derivedOwners = [];

    /// <summary>Creates an assigner over <paramref name="map"/> (<see cref="IdMap.Empty"/> when no id map is given).</summary>
    public XnameAssigner(IdMap map)
        : this(map, null, null)
    {
    }

    /// <summary>
    /// Creates an assigner over <paramref name="map"/> and, after it, <paramref name="located"/>: the location map's
    /// xname and switch port for a BMC MAC (lower-case colon form), or null when the switches did not place it.
    /// Derived xnames avoid <paramref name="reserved"/> (every xname the location map names).
    /// </summary>
    public XnameAssigner(IdMap map, Func<string, (Xname? Xname, string SwitchPort)?>? located, IReadOnlySet<Xname>? reserved)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map;
        _located = located;
        _reserved = reserved ?? new HashSet<Xname>();
    }

    /// <inheritdoc/>
    public string AssignBmc(string bmcAddress, string? bmcMac) => NameBmc(bmcAddress, bmcMac).Xname;

    /// <inheritdoc/>
    public BmcName NameBmc(string bmcAddress, string? bmcMac)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bmcAddress);
        var identity = IdMap.NormalizeIp(bmcAddress) ?? bmcAddress.Trim().ToLowerInvariant();
        lock (_lock)
        {
            if (_byAddress.TryGetValue(identity, out var known))
            {
                return known;
            }

            var located = bmcMac is not null && _located is not null ? _located(bmcMac) : null;
            BmcName name;
            if ((_map.FindByIp(identity) ?? _map.FindByMac(bmcMac)) is { } mapped)
            {
                name = new BmcName(mapped.ToString(), XnameSources.IdMap, located?.SwitchPort);
            }
            else if (located is { Xname: { } placed } place && _map.FindOwner(placed) is null)
            {
                // The id map wins over the location map: a location xname the id map gives another BMC is not used.
                name = new BmcName(placed.ToString(), XnameSources.LocationMap, place.SwitchPort);
            }
            else
            {
                name = new BmcName(DeriveFree(identity).ToString(), XnameSources.Derived, located?.SwitchPort);
            }

            _byAddress[identity] = name;
            return name;
        }
    }

    /// <summary>The derived xname of <paramref name="address"/> before any collision handling (bmc ordinal 0).</summary>
    internal static Xname Derive(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (IPAddress.TryParse(address, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            && address.Split('.').Length == 4)
        {
            var bytes = ip.GetAddressBytes();
            int b = bytes[1], c = bytes[2], d = bytes[3];
            return Xname.NodeBmc(Ipv4CabinetBase + ((b % 32) * 256) + c, b / 32, d, 0);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(address));
        var value = BinaryPrimitives.ReadUInt64BigEndian(hash);
        var cabinet = (int)(value % HashedCabinets);
        value /= HashedCabinets;
        var chassis = (int)(value % (Xname.MaxChassis + 1));
        value /= Xname.MaxChassis + 1;
        return Xname.NodeBmc(cabinet, chassis, (int)(value % 256), 0);
    }

    private Xname DeriveFree(string identity)
    {
        var candidate = Derive(identity);
        while (_map.FindOwner(candidate) is not null || _derivedOwners.ContainsKey(candidate) || _reserved.Contains(candidate))
        {
            candidate = candidate with { BmcOrdinal = candidate.BmcOrdinal + 1 };
        }

        _derivedOwners[candidate] = identity;
        return candidate;
    }
}
