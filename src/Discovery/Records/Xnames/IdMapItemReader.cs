using Discovery.Text;
using YamlDotNet.RepresentationModel;

namespace Discovery.Records.Xnames;

/// <summary>Turns the YAML tree of an id map into raw items, recording shape errors with their lines.</summary>
internal static class IdMapItemReader
{
    private const string BmcsKey = "bmcs";

    public static void Read(YamlNode root, string file, List<IdMapItem> items, List<IdMapError> errors)
    {
        switch (root)
        {
            case YamlMappingNode map when map.Children.Count == 1 && ScalarText(map.Children.First().Key) == BmcsKey:
                var list = map.Children.First().Value;
                if (list is YamlSequenceNode entries)
                {
                    ReadSequence(entries, file, items, errors);
                }
                else if (list is not YamlScalarNode { Value: null or "" })
                {
                    errors.Add(Error(file, list, "'bmcs' must be a list of entries like '- ip: 10.0.1.5' + 'xname: x3000c0s1b0'"));
                }

                break;
            case YamlMappingNode map:
                ReadFlat(map, file, items, errors);
                break;
            case YamlSequenceNode sequence:
                ReadSequence(sequence, file, items, errors);
                break;
            default:
                errors.Add(Error(file, root, "expected a 'bmcs:' list or a map of IP/MAC to xname"));
                break;
        }
    }

    private static void ReadFlat(YamlMappingNode map, string file, List<IdMapItem> items, List<IdMapError> errors)
    {
        foreach (var (key, value) in map.Children)
        {
            var keyText = ScalarText(key);
            if (keyText is null || value is not YamlScalarNode)
            {
                errors.Add(Error(file, key, $"entry {QuotedValue.Of(keyText ?? "?")}: expected 'IP or MAC: xname' with a plain xname value"));
                continue;
            }

            items.Add(new IdMapItem { FlatKey = keyText, Xname = ScalarText(value), Line = IdMapLoader.LineOf(key.Start), XnameLine = IdMapLoader.LineOf(key.Start) });
        }
    }

    private static void ReadSequence(YamlSequenceNode sequence, string file, List<IdMapItem> items, List<IdMapError> errors)
    {
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode entry)
            {
                errors.Add(Error(file, node, "each entry must be a map with 'ip' and/or 'mac', and 'xname'"));
                continue;
            }

            string? ip = null, mac = null, xname = null;
            var xnameLine = IdMapLoader.LineOf(entry.Start);
            var ok = true;
            foreach (var (key, value) in entry.Children)
            {
                var field = ScalarText(key)?.ToLowerInvariant();
                var text = value is YamlScalarNode ? ScalarText(value) : null;
                switch (field)
                {
                    case "ip" when text is not null:
                        ip = text;
                        break;
                    case "mac" when text is not null:
                        mac = text;
                        break;
                    case "xname" when text is not null:
                        xname = text;
                        xnameLine = IdMapLoader.LineOf(value.Start);
                        break;
                    default:
                        errors.Add(Error(file, key, $"unexpected field {QuotedValue.Of(ScalarText(key))} (expected ip, mac and xname with plain values)"));
                        ok = false;
                        break;
                }
            }

            if (ok)
            {
                items.Add(new IdMapItem { Ip = ip, Mac = mac, Xname = xname, Line = IdMapLoader.LineOf(entry.Start), XnameLine = xnameLine });
            }
        }
    }

    private static string? ScalarText(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value?.Trim() : null;

    private static IdMapError Error(string file, YamlNode node, string message) =>
        new(file, IdMapLoader.LineOf(node.Start), message);
}
