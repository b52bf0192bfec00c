using Discovery.Records.Network;

namespace Discovery.Records.Xnames;

/// <summary>
/// The operator's id map (<c>--id-map FILE</c>): BMC IP or MAC to xname, already validated (every xname
/// names a BMC, no key and no xname appears twice). Load one with <see cref="IdMapLoader"/>.
/// </summary>
internal sealed class IdMap
{
    private readonly Dictionary<string, IdMapEntry> _byIp = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IdMapEntry> _byMac = new(StringComparer.Ordinal);
    private readonly Dictionary<Xname, IdMapEntry> _byXname = [];

    internal IdMap(IReadOnlyList<IdMapEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            var index = entry.KeyKind == IdMapKeyKind.Ip ? _byIp : _byMac;
            index[entry.Key] = entry;
            _byXname.TryAdd(entry.Xname, entry);
        }
    }

    /// <summary>A map with no entries (no <c>--id-map</c> given).</summary>
    public static IdMap Empty { get; } = new([]);

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<IdMapEntry> Entries { get; }

    /// <summary>The xname mapped to the BMC at <paramref name="ip"/> (any IP spelling), or null.</summary>
    public Xname? FindByIp(string? ip)
    {
        var key = NormalizeIp(ip);
        return key is not null && _byIp.TryGetValue(key, out var entry) ? entry.Xname : null;
    }

    /// <summary>The xname mapped to the BMC whose MAC is <paramref name="mac"/> (any MAC spelling), or null.</summary>
    public Xname? FindByMac(string? mac)
    {
        var key = MacAddressNormalizer.Normalize(mac);
        return key is not null && _byMac.TryGetValue(key, out var entry) ? entry.Xname : null;
    }

    /// <summary>The entry that assigns <paramref name="xname"/>, or null when the map does not use it.</summary>
    public IdMapEntry? FindOwner(Xname xname)
    {
        ArgumentNullException.ThrowIfNull(xname);
        return _byXname.GetValueOrDefault(xname);
    }

    /// <summary>Canonical IP text (IPv4 dotted quad or compressed IPv6), or null when not an IP.</summary>
    internal static string? NormalizeIp(string? ip)
    {
        if (string.IsNullOrWhiteSpace(ip))
        {
            return null;
        }

        // IPv4-mapped IPv6 (::ffff:10.0.1.5) is how a dual-stack socket reports an IPv4 peer.
        if (System.Net.IPAddress.TryParse(ip.Trim(), out var parsed) && parsed.IsIPv4MappedToIPv6)
        {
            return parsed.MapToIPv4().ToString();
        }

        return IpAddressNormalizer.NormalizeIpv4(ip) ?? IpAddressNormalizer.NormalizeIpv6(ip);
    }
}
