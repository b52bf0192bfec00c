using System.CommandLine;
using Discovery.Configuration;

namespace Discovery.Cli.Run;

/// <summary>
/// One command-line option per <see cref="RunSettingKeys"/> setting, shared by <c>run</c> and <c>config show</c>,
/// and the bridge from a parse result to the flag values <see cref="SettingsResolver"/> takes.
/// <c>--state-dir</c> is the root command's own option and is read from <see cref="CommonOptions"/>.
/// </summary>
internal sealed class RunFlagOptions
{
    private readonly List<(SettingDefinition Definition, Option Option)> _options = [];
    private readonly CommonOptions _common;

    public RunFlagOptions(CommonOptions common)
    {
        _common = common;
        Config = new Option<string>("--config", "-f")
        {
            Description = "The YAML config file (see 'discover config show' and the README's scheduling section)",
            HelpName = "FILE",
        };
        foreach (var definition in RunSettingKeys.All.Where(d => d.Flag is not null && d.Key != RunSettingKeys.StateDir))
        {
            Option option = definition.Kind switch
            {
                SettingKind.List => new Option<string[]>(definition.Flag!)
                {
                    Description = $"{definition.Description} (repeatable; env {definition.EnvironmentVariable}; config {definition.Key})",
                    HelpName = "VALUE",
                    AllowMultipleArgumentsPerToken = false,
                },
                SettingKind.Bool => new Option<string>(definition.Flag!)
                {
                    Description = $"{definition.Description} (true/false; env {definition.EnvironmentVariable}; config {definition.Key})",
                    Arity = ArgumentArity.ZeroOrOne,
                    HelpName = "BOOL",
                },
                _ => new Option<string>(definition.Flag!)
                {
                    Description = $"{definition.Description} (env {definition.EnvironmentVariable}; config {definition.Key})",
                    HelpName = definition.Kind.ToString().ToUpperInvariant(),
                },
            };
            _options.Add((definition, option));
        }
    }

    /// <summary><c>--config FILE</c>.</summary>
    public Option<string> Config { get; }

    /// <summary>Every option, <see cref="Config"/> first.</summary>
    public IEnumerable<Option> All => [Config, .. _options.Select(o => o.Option)];

    /// <summary>The values given on the command line, by setting key; a bare boolean flag means true.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FlagValues(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (definition, option) in _options)
        {
            if (parseResult.GetResult(option) is not { Implicit: false } result)
            {
                continue;
            }

            values[definition.Key] = option switch
            {
                Option<string[]> list => parseResult.GetValue(list) ?? [],
                Option<string> single when definition.Kind == SettingKind.Bool && result.Tokens.Count == 0 => ["true"],
                Option<string> single => parseResult.GetValue(single) is { } text ? [text] : [],
                _ => [],
            };
        }

        if (parseResult.GetResult(_common.StateDir) is { Implicit: false })
        {
            values[RunSettingKeys.StateDir] = [parseResult.GetValue(_common.StateDir)!];
        }

        return values;
    }
}
