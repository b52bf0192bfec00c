using Discovery.Text;

namespace Discovery.Configuration;

/// <summary>
/// Combines the sources of every setting (default, then config file, then environment, then flag: the last
/// one given wins) and checks each winning value by its <see cref="SettingKind"/>, reporting every bad value
/// with the place it came from. A value that is overridden is not checked: only what would be used matters.
/// </summary>
internal static class SettingsResolver
{
    private static readonly char[] ListSeparators = [',', ' ', '\t', '\n'];

    /// <summary>Resolves every definition.</summary>
    /// <param name="definitions">The settings of the command.</param>
    /// <param name="file">What the config file held (empty when there is none).</param>
    /// <param name="fileName">The config file as the user named it, for locations.</param>
    /// <param name="getEnvironmentVariable">Reads the environment.</param>
    /// <param name="flags">Flag values given on the command line, by setting key (several for repeated list flags).</param>
    /// <param name="flagSpellings">The flag as typed, by setting key (<c>-p</c> for <c>ports</c>), so an error names it; else the definition's flag.</param>
    public static SettingsResolution Resolve(
        IReadOnlyList<SettingDefinition> definitions,
        IReadOnlyDictionary<string, ConfigFileValue> file,
        string? fileName,
        Func<string, string?> getEnvironmentVariable,
        IReadOnlyDictionary<string, IReadOnlyList<string>> flags,
        IReadOnlyDictionary<string, string>? flagSpellings = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        ArgumentNullException.ThrowIfNull(flags);
        var values = new List<SettingValue>();
        var errors = new List<ConfigError>();
        foreach (var definition in definitions)
        {
            var value = Pick(definition, file, fileName, getEnvironmentVariable, flags, flagSpellings);
            if (Check(value) is { } message)
            {
                errors.Add(new ConfigError(value.Source, definition.Key, message));
            }

            values.Add(value);
        }

        return new SettingsResolution(new EffectiveSettings(values), errors);
    }

    private static SettingValue Pick(
        SettingDefinition definition,
        IReadOnlyDictionary<string, ConfigFileValue> file,
        string? fileName,
        Func<string, string?> getEnvironmentVariable,
        IReadOnlyDictionary<string, IReadOnlyList<string>> flags,
        IReadOnlyDictionary<string, string>? flagSpellings)
    {
        if (flags.TryGetValue(definition.Key, out var given) && given.Count > 0)
        {
            var spelling = flagSpellings?.GetValueOrDefault(definition.Key) ?? definition.Flag ?? definition.Key;
            return new SettingValue(definition, Split(definition, given), SettingSource.Flag(spelling));
        }

        if (definition.EnvironmentVariable is { } variable && getEnvironmentVariable(variable) is { Length: > 0 } environment)
        {
            return new SettingValue(definition, Split(definition, [environment]), SettingSource.Environment(variable));
        }

        if (file.TryGetValue(definition.Key, out var fromFile))
        {
            var items = fromFile.IsList ? fromFile.Values : Split(definition, fromFile.Values);
            return new SettingValue(definition, items, SettingSource.File(fileName ?? "config", fromFile.Line));
        }

        return new SettingValue(definition, definition.Default is { } text ? Split(definition, [text]) : [], SettingSource.Default);
    }

    private static IReadOnlyList<string> Split(SettingDefinition definition, IReadOnlyList<string> texts) =>
        definition.Kind == SettingKind.List
            ? [.. texts.SelectMany(t => t.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : [.. texts.Select(t => t.Trim())];

    private static string? Check(SettingValue value)
    {
        var definition = value.Definition;
        if (value.IsUnset || definition.Kind is SettingKind.List or SettingKind.Text or SettingKind.Path)
        {
            return null;
        }

        var text = value.Values[^1];
        var shown = definition.Secret ? "the value" : QuotedValue.Of(text);
        return definition.Kind switch
        {
            SettingKind.Bool when !TryParseBool(text, out _) => $"{shown} is not true or false",
            SettingKind.Integer => SettingBounds.CheckInteger(text, shown, definition.Minimum, definition.Maximum),
            SettingKind.Duration => SettingBounds.CheckDuration(text, shown, definition.ShortestDuration, definition.LongestDuration ?? TimeSpan.MaxValue),
            SettingKind.Url when !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) =>
                $"{shown} is not an http or https URL",
            SettingKind.Choice when !definition.Choices.Contains(text, StringComparer.OrdinalIgnoreCase) =>
                $"{shown} is not one of {string.Join(", ", definition.Choices)}",
            _ => null,
        };
    }

    /// <summary>Reads the spellings of a boolean people write in YAML and the environment.</summary>
    public static bool TryParseBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on" or "1":
                value = true;
                return true;
            case "false" or "no" or "off" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
