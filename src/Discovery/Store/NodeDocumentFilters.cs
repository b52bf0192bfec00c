using Discovery.Records;
using Discovery.Records.Columns;
using Discovery.Records.Network;

namespace Discovery.Store;

/// <summary>
/// The node listing's filters (<see cref="RecordFilters"/>) evaluated over the read model's documents, with the same
/// meaning as their SQL: a column equals the (normalized) value, or is LIKE its <c>*</c> glob; <c>mac</c>, <c>ip</c>,
/// <c>group</c>, <c>missing_ip</c> and <c>search</c> as their subqueries say. A filter that needs other tables (<c>bmc</c>) has no
/// in-memory form: the listing then reads DuckDB.
/// </summary>
internal static class NodeDocumentFilters
{
    /// <summary>The node columns listings filter on, in the order <see cref="NodeDocument.FilterValues"/> keeps them.</summary>
    public static readonly RecordColumn<ComputeNode>[] Columns =
        [.. StoreSchema.Nodes.Map.In(ColumnPlacement.Store).Where(c => c.Filter is not null && c.Type is ColumnType.Text or ColumnType.Uuid)];

    /// <summary>The values of <see cref="Columns"/> for <paramref name="node"/> (text as it is, a UUID as a <see cref="Guid"/>).</summary>
    public static object?[] ValuesOf(ComputeNode node)
    {
        var values = new object?[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            values[i] = Columns[i].Get(node);
        }

        return values;
    }

    /// <summary>
    /// One test for all of <paramref name="filters"/> (already checked by <see cref="RecordFilters.Where"/>, so values parse);
    /// null when one of them has no in-memory form.
    /// </summary>
    public static Func<NodeDocument, bool>? Compile(IReadOnlyDictionary<string, string> filters)
    {
        var tests = new List<Func<NodeDocument, bool>>(filters.Count);
        foreach (var (name, value) in filters)
        {
            if (Compile(name, value ?? string.Empty) is not { } test)
            {
                return null;
            }

            tests.Add(test);
        }

        return tests.Count switch
        {
            0 => _ => true,
            1 => tests[0],
            _ => d => tests.TrueForAll(t => t(d)),
        };
    }

    private static Func<NodeDocument, bool>? Compile(string name, string value)
    {
        switch (name)
        {
            case "mac":
                var mac = MacAddressNormalizer.Normalize(value);
                return d => mac is not null && d.Macs.Contains(mac, StringComparer.Ordinal);
            case "ip":
                var ip = IpAddressNormalizer.NormalizeIpv4(value) ?? IpAddressNormalizer.NormalizeIpv6(value);
                return d => ip is not null && d.Ips.Contains(ip, StringComparer.Ordinal);
            case "group":
                return d => d.Groups.Contains(value, StringComparer.Ordinal);
            case "search":
                var hostname = Array.FindIndex(Columns, c => c.Name == "hostname");
                return NodeSearch.Test(value, d => (string?)d.FilterValues[hostname]);
            case "missing_ip":
                var missing = value.Trim().ToLowerInvariant() is "" or "true" or "1" or "yes";
                return d => d.MissingIp == missing;
        }

        var index = Array.FindIndex(Columns, c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var column = Columns[index];
        var text = column.Filter!.Normalize is { } normalize ? normalize(value) : value;
        if (!text.Contains('*', StringComparison.Ordinal))
        {
            return d => string.Equals(Text(d.FilterValues[index]), text, StringComparison.Ordinal);
        }

        var parts = text.Split('*');
        return d => Text(d.FilterValues[index]) is { } stored && Glob(stored, parts);
    }

    /// <summary>A column value as SQL compares it: text as it is, a UUID as its lower-case canonical text.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        Guid id => id.ToString("D"),
        _ => (string)value,
    };

    /// <summary>LIKE with only <c>%</c> wildcards (the glob's <c>*</c>; every other character matches itself): the parts in order, first at the start, last at the end.</summary>
    internal static bool Glob(string text, string[] parts)
    {
        var first = parts[0];
        var last = parts[^1];
        if (text.Length < first.Length + last.Length || !text.StartsWith(first, StringComparison.Ordinal) || !text.EndsWith(last, StringComparison.Ordinal))
        {
            return false;
        }

        var position = first.Length;
        var end = text.Length - last.Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = text.IndexOf(parts[i], position, end - position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + parts[i].Length;
        }

        return true;
    }
}
