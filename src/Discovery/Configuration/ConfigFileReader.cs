using Discovery.Text;
using Discovery.Yaml;
using YamlDotNet.RepresentationModel;

namespace Discovery.Configuration;

/// <summary>
/// Reads a YAML config file into dotted keys (<c>smd:</c> / <c>url:</c> is <c>smd.url</c>) with the line of each
/// value. Every problem is reported with file, line and the offending key, not only the first: a broken file,
/// an unknown key (typos must not be silently ignored), a map where a value belongs, a key given twice.
/// </summary>
internal static class ConfigFileReader
{
    /// <summary>Reads <paramref name="path"/> against the known <paramref name="definitions"/>.</summary>
    public static async Task<ConfigFileResult> ReadAsync(string path, IReadOnlyList<SettingDefinition> definitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ConfigFileResult { Errors = [new ConfigError(new SettingSource(SettingSourceKind.File, path), "config", $"cannot read the config file: {ex.Message}")] };
        }

        return Parse(text, path, definitions);
    }

    /// <summary>Parses config <paramref name="text"/>; <paramref name="fileName"/> only labels values and errors.</summary>
    public static ConfigFileResult Parse(string text, string fileName, IReadOnlyList<SettingDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(definitions);
        if (!YamlDocumentLoader.TryLoad(text, out var stream, out var line, out var message))
        {
            return new ConfigFileResult { Errors = [new ConfigError(SettingSource.File(fileName, line), "config", $"not valid YAML: {message}")] };
        }

        var values = new Dictionary<string, ConfigFileValue>(StringComparer.Ordinal);
        var errors = new List<ConfigError>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new ConfigFileResult { Values = values };
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(new ConfigError(SettingSource.File(fileName, Line(stream.Documents[1].RootNode)), "config", "the file holds more than one YAML document; a config file is one"));
        }

        var known = definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);
        var sections = definitions.SelectMany(d => Prefixes(d.Key)).ToHashSet(StringComparer.Ordinal);
        if (stream.Documents[0].RootNode is YamlMappingNode root)
        {
            Walk(root, string.Empty, fileName, known, sections, values, errors);
        }
        else
        {
            errors.Add(new ConfigError(SettingSource.File(fileName, Line(stream.Documents[0].RootNode)), "config", "expected a map of settings (key: value)"));
        }

        return new ConfigFileResult { Values = values, Errors = errors };
    }

    private static void Walk(
        YamlMappingNode map,
        string prefix,
        string file,
        Dictionary<string, SettingDefinition> known,
        HashSet<string> sections,
        Dictionary<string, ConfigFileValue> values,
        List<ConfigError> errors)
    {
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value?.Trim() ?? "?";
            var key = prefix + name.Replace('-', '_');
            var at = SettingSource.File(file, Line(keyNode));
            if (sections.Contains(key))
            {
                if (valueNode is YamlMappingNode section)
                {
                    Walk(section, key + ".", file, known, sections, values, errors);
                }
                else
                {
                    errors.Add(new ConfigError(at, key, $"is a section; expected keys under it ({string.Join(", ", known.Keys.Where(k => k.StartsWith(key + ".", StringComparison.Ordinal)).Select(k => k[(key.Length + 1)..]))})"));
                }

                continue;
            }

            if (!known.TryGetValue(key, out var definition))
            {
                errors.Add(new ConfigError(at, key, UnknownKeyMessage(key, known.Keys)));
                continue;
            }

            if (!definition.AllowedInFile)
            {
                var from = definition.EnvironmentVariable is { } variable ? $"set {variable} or " : string.Empty;
                errors.Add(new ConfigError(at, key, $"is a secret and may not be written in a config file; {from}point a *_file setting at a private file"));
                continue;
            }

            if (values.ContainsKey(key))
            {
                errors.Add(new ConfigError(at, key, $"is given twice (first on line {values[key].Line})"));
                continue;
            }

            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    values[key] = new ConfigFileValue(scalar.Value is null or "" ? [] : [scalar.Value.Trim()], Line(scalar), false);
                    break;
                case YamlSequenceNode sequence when definition.Kind == SettingKind.List && sequence.Children.All(c => c is YamlScalarNode):
                    values[key] = new ConfigFileValue(
                        [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value?.Trim() ?? string.Empty).Where(v => v.Length > 0)],
                        Line(sequence),
                        true);
                    break;
                default:
                    errors.Add(new ConfigError(at, key, definition.Kind == SettingKind.List ? "expected a value or a list of plain values" : "expected a plain value, not a list or a map"));
                    break;
            }
        }
    }

    private static string UnknownKeyMessage(string key, IEnumerable<string> knownKeys)
    {
        if (key is "password" or "credentials.password" || key.EndsWith(".password", StringComparison.Ordinal))
        {
            return "passwords do not belong in a config file; use password_file, DISCOVER_PASSWORD or 'discover secrets set'";
        }

        var closest = knownKeys.Where(k => !k.EndsWith("password", StringComparison.Ordinal)).Select(k => (Key: k, Distance: EditDistance.Between(k, key))).MinBy(x => x.Distance);
        var hint = closest.Key is not null && closest.Distance <= Math.Max(2, key.Length / 4) ? $" (did you mean '{closest.Key}'?)" : string.Empty;
        return "is not a setting" + hint;
    }

    private static IEnumerable<string> Prefixes(string key)
    {
        for (var dot = key.IndexOf('.', StringComparison.Ordinal); dot > 0; dot = key.IndexOf('.', dot + 1))
        {
            yield return key[..dot];
        }
    }

    private static int Line(YamlNode node) => (int)Math.Min(node.Start.Line, int.MaxValue);
}
