using System.CommandLine;
using Discovery.Configuration;

namespace Discovery.Cli.Settings;

/// <summary>The System.CommandLine option of one setting, and its given value in the text form the resolver checks.</summary>
internal static class SettingOption
{
    /// <summary>
    /// A list setting takes repeated flags, a boolean a bare flag (or <c>true</c>/<c>false</c>), everything else one
    /// text value that the settings resolver checks, so a bad flag reads like a bad file value.
    /// </summary>
    /// <param name="definition">The setting.</param>
    /// <param name="ownStage">True in a command of the setting's own stage: its short flags (<c>--timeout</c>) come first.</param>
    public static Option Create(SettingDefinition definition, bool ownStage)
    {
        ArgumentNullException.ThrowIfNull(definition);
        string[] names = [.. ownStage ? definition.StageAliases : [], definition.Flag!, .. definition.Aliases];
        var help = $"{definition.Description} (env {definition.EnvironmentVariable ?? "-"}; config {definition.Key}"
            + (definition.Default is { } value ? $"; default {value})" : ")");
        return definition.Kind switch
        {
            SettingKind.List => new Option<string[]>(names[0], names[1..])
            {
                Description = help,
                HelpName = definition.HelpName ?? "VALUE",
                AllowMultipleArgumentsPerToken = false,
            },
            SettingKind.Bool => new Option<bool>(names[0], names[1..]) { Description = help },
            _ => new Option<string>(names[0], names[1..])
            {
                Description = help,
                HelpName = definition.HelpName ?? (definition.Kind == SettingKind.Choice ? string.Join('|', definition.Choices) : definition.Kind.ToString().ToUpperInvariant()),
            },
        };
    }

    /// <summary>The value given to <paramref name="option"/> as text items.</summary>
    public static IReadOnlyList<string> Values(ParseResult parseResult, Option option)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return option switch
        {
            Option<string[]> list => parseResult.GetValue(list) ?? [],
            Option<bool> flag => [parseResult.GetValue(flag) ? "true" : "false"],
            Option<string> text => parseResult.GetValue(text) is { } value ? [value] : [],
            _ => [],
        };
    }

    /// <summary>The text option of setting <paramref name="key"/> for a command group outside the settings model (logs, secrets): recursive, with its own default.</summary>
    public static Option<string> Recursive(string key, Func<string> defaultValue)
    {
        var option = (Option<string>)Create(SettingTable.Of([key])[0], ownStage: false);
        option.Recursive = true;
        option.DefaultValueFactory = _ => defaultValue();
        return option;
    }
}
