using System.Text;
using Discovery.Text;

namespace Discovery.Records.Manifests;

/// <summary>Suggests the field a misspelt one probably meant: its snake_case form, the one field it is a prefix of, else the nearest within two edits.</summary>
internal static class FieldNameSuggester
{
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        var known = candidates.ToList();
        var snake = ToSnakeCase(name);
        if (known.Contains(snake, StringComparer.Ordinal))
        {
            return snake;
        }

        // "speed" for speed_mbps, "memory" for memory_gib: the unit suffix is what people leave out.
        var withSuffix = known.Where(c => c.StartsWith(snake + "_", StringComparison.Ordinal)).ToList();
        if (withSuffix.Count == 1)
        {
            return withSuffix[0];
        }

        return known
            .Select(c => (Name: c, Distance: EditDistance.Between(snake, c)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary><c>serialNumber</c>, <c>SerialNumber</c> and <c>serial-number</c> all become <c>serial_number</c>.</summary>
    private static string ToSnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]) && name[i - 1] != '_')
            {
                text.Append('_');
            }

            text.Append(c == '-' ? '_' : char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
