using Discovery.Records.Network;
using Discovery.Text;

namespace Discovery.Records.Xnames;

/// <summary>
/// Normalises raw id-map items into entries and reports bad keys, bad xnames and duplicates (a key listed
/// twice, or two BMCs given one xname), each naming both lines.
/// </summary>
internal static class IdMapValidator
{
    public static List<IdMapEntry> Validate(List<IdMapItem> items, string file, List<IdMapError> errors)
    {
        var entries = new List<IdMapEntry>();
        var keys = new Dictionary<(IdMapKeyKind, string), IdMapEntry>();
        var xnames = new Dictionary<Xname, IdMapItem>();
        foreach (var item in items)
        {
            if (!TryXname(item, file, errors, out var xname))
            {
                continue;
            }

            var itemKeys = KeysOf(item, file, errors);
            if (itemKeys.Count == 0)
            {
                continue;
            }

            if (xnames.TryGetValue(xname, out var holder))
            {
                errors.Add(new IdMapError(file, item.Line, $"xname '{xname}' for {Describe(itemKeys[0])} is already given to line {holder.Line}"));
                continue;
            }

            xnames[xname] = item;
            foreach (var (kind, key) in itemKeys)
            {
                var entry = new IdMapEntry { KeyKind = kind, Key = key, Xname = xname, Line = item.Line };
                if (keys.TryGetValue((kind, key), out var earlier))
                {
                    errors.Add(new IdMapError(file, item.Line, $"{Describe((kind, key))} is already mapped on line {earlier.Line} (to '{earlier.Xname}')"));
                    continue;
                }

                keys[(kind, key)] = entry;
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static bool TryXname(IdMapItem item, string file, List<IdMapError> errors, out Xname xname)
    {
        xname = null!;
        var label = item.FlatKey ?? item.Ip ?? item.Mac ?? "entry";
        if (item.Xname is null)
        {
            errors.Add(new IdMapError(file, item.Line, $"{QuotedValue.Of(label)} has no xname"));
            return false;
        }

        if (!Xname.TryParse(item.Xname, out var parsed, out var error))
        {
            errors.Add(new IdMapError(file, item.XnameLine, $"{QuotedValue.Of(label)}: {error}"));
            return false;
        }

        if (parsed.Kind is not (XnameKind.NodeBmc or XnameKind.ChassisBmc or XnameKind.RouterBmc))
        {
            errors.Add(new IdMapError(file, item.XnameLine, $"{QuotedValue.Of(label)}: '{parsed}' names a {parsed.Kind}, not a BMC (e.g. x3000c0s1b0)"));
            return false;
        }

        xname = parsed;
        return true;
    }

    private static List<(IdMapKeyKind Kind, string Key)> KeysOf(IdMapItem item, string file, List<IdMapError> errors)
    {
        var keys = new List<(IdMapKeyKind, string)>();
        if (item.FlatKey is { } flat)
        {
            // IP first: no IPv4 or IPv6 literal that IpAddressNormalizer accepts is also 12 bare hex digits.
            if (IdMap.NormalizeIp(flat) is { } ip)
            {
                keys.Add((IdMapKeyKind.Ip, ip));
            }
            else if (MacAddressNormalizer.Normalize(flat) is { } mac)
            {
                keys.Add((IdMapKeyKind.Mac, mac));
            }
            else
            {
                errors.Add(new IdMapError(file, item.Line, $"key {QuotedValue.Of(flat)} is neither an IP address nor a MAC address"));
            }

            return keys;
        }

        if (item.Ip is null && item.Mac is null)
        {
            errors.Add(new IdMapError(file, item.Line, $"entry for {QuotedValue.Of(item.Xname)} needs an 'ip' or a 'mac'"));
            return keys;
        }

        var errorCount = errors.Count;
        AddKey(item.Ip, IdMapKeyKind.Ip, IdMap.NormalizeIp(item.Ip), "an IP address", item.Line, file, keys, errors);
        AddKey(item.Mac, IdMapKeyKind.Mac, MacAddressNormalizer.Normalize(item.Mac), "a MAC address", item.Line, file, keys, errors);
        return errors.Count == errorCount ? keys : [];
    }

    private static void AddKey(
        string? raw, IdMapKeyKind kind, string? normalised, string what, int line, string file,
        List<(IdMapKeyKind, string)> keys, List<IdMapError> errors)
    {
        if (raw is null)
        {
            return;
        }

        if (normalised is null)
        {
            errors.Add(new IdMapError(file, line, $"{QuotedValue.Of(raw)} is not {what}"));
            return;
        }

        keys.Add((kind, normalised));
    }

    private static string Describe((IdMapKeyKind Kind, string Key) key) =>
        key.Kind == IdMapKeyKind.Ip ? $"IP {key.Key}" : $"MAC {key.Key}";
}
