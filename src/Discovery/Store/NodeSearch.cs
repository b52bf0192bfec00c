using Discovery.Records.Network;

namespace Discovery.Store;

/// <summary>
/// The node listing's <c>search</c> filter, one box for what people look nodes up by: a node matches when its xname,
/// host name or one of its group names contains the text (any case), or one of its MACs or IPs contains it. A whole
/// MAC in any spelling (<c>52-54-00-AA-BB-CC</c>) is brought to the stored form first. The SQL and the in-memory test
/// say the same thing, so a listing answers alike from DuckDB and from the read model.
/// </summary>
internal static class NodeSearch
{
    /// <summary>The text as it is compared: trimmed, lower case, a whole MAC in its normal form.</summary>
    public static string Needle(string value)
    {
        var text = value.Trim();
        return MacAddressNormalizer.Normalize(text) ?? text.ToLowerInvariant();
    }

    public static FilterClause Where(string value)
    {
        var needle = Needle(value);
        return new FilterClause(
            "(contains(lower(nodes.xname), ?) OR contains(lower(nodes.hostname), ?) OR contains(nodes.boot_mac, ?) OR contains(nodes.management_ip, ?)"
            + " OR nodes.id IN (SELECT owner_id FROM nics WHERE contains(mac_address, ?) OR contains(permanent_mac_address, ?)"
            + " OR len(list_filter(ipv4_addresses, a -> contains(a, CAST(? AS VARCHAR)))) > 0 OR len(list_filter(ipv6_addresses, a -> contains(a, CAST(? AS VARCHAR)))) > 0)"
            + " OR nodes.id IN (SELECT m.node_id FROM group_members m JOIN node_groups g ON g.id = m.group_id WHERE contains(lower(g.name), ?)))",
            [needle, needle, needle, needle, needle, needle, needle, needle, needle]);
    }

    /// <summary>The same test over the read model's documents; <paramref name="hostname"/> reads a document's host name.</summary>
    public static Func<NodeDocument, bool> Test(string value, Func<NodeDocument, string?> hostname)
    {
        var needle = Needle(value);
        return d => Contains(d.Xname, needle) || Contains(hostname(d), needle)
            || Any(d.Groups, needle) || Any(d.Macs, needle) || Any(d.Ips, needle);
    }

    private static bool Any(string[] values, string needle)
    {
        foreach (var value in values)
        {
            if (Contains(value, needle))
            {
                return true;
            }
        }

        return false;
    }

    // Any case, as DuckDB's lower() on both sides (the needle is lower case already; MACs and IPs are stored so).
    private static bool Contains(string? text, string needle) =>
        text is not null && text.Contains(needle, StringComparison.OrdinalIgnoreCase);
}
