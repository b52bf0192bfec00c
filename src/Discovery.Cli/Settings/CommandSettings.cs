using System.CommandLine;
using Discovery.Configuration;

namespace Discovery.Cli.Settings;

/// <summary>
/// A command's settings: its options generated from <see cref="SettingTable"/> for the keys it declares (so
/// <c>--help</c>, defaults and checks come from the table), <c>--config FILE</c>, and the resolution of the
/// flags, the <c>DISCOVER_*</c> environment and the file (flag, then environment, then file, then default).
/// </summary>
internal sealed class CommandSettings
{
    private readonly List<(SettingDefinition Definition, Option? Option, Option<bool>? Negated)> _options = [];
    private readonly CommonOptions _common;

    /// <param name="common">The root's options (<c>--state-dir</c>, <c>-v</c> feed their settings).</param>
    /// <param name="keys">The settings the command uses.</param>
    /// <param name="stage">The config section that is the command's own stage (<c>scan</c>): its keys get their short flags.</param>
    /// <param name="configAlias">A short spelling of <c>--config</c> (<c>-f</c>), where the command has no other use for it.</param>
    public CommandSettings(CommonOptions common, IEnumerable<string> keys, string? stage = null, string? configAlias = "-f")
    {
        ArgumentNullException.ThrowIfNull(common);
        _common = common;
        Config = new Option<string>("--config", configAlias is null ? [] : [configAlias])
        {
            Description = "A YAML config file (see 'discover config show'); flags and DISCOVER_* variables win over it",
            HelpName = "FILE",
        };
        foreach (var definition in SettingTable.Of(keys))
        {
            // --state-dir is the root command's own (recursive) option.
            var option = definition.Flag is null || definition.Key == SettingKeys.StateDir ? null : SettingOption.Create(definition, definition.Section == stage);
            var negated = definition.NegatedFlag is null ? null : new Option<bool>(definition.NegatedFlag) { Description = $"Do not: {definition.Description.ToLowerInvariant()} ({definition.Key}: false)" };
            _options.Add((definition, option, negated));
        }
    }

    /// <summary><c>--config FILE</c>.</summary>
    public Option<string> Config { get; }

    /// <summary>The keys, in table order.</summary>
    public IEnumerable<SettingDefinition> Definitions => _options.Select(o => o.Definition);

    /// <summary>Adds <see cref="Config"/> and every generated option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Config);
        foreach (var option in _options.SelectMany(o => new[] { o.Option, o.Negated }).OfType<Option>())
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The effective settings; every bad value (file, environment or flag) is one <see cref="CliUsageException"/> line.</summary>
    public async Task<EffectiveSettings> LoadAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var resolution = await ResolveAsync(context, parseResult, cancellationToken);
        return resolution.Errors.Count > 0
            ? throw new CliUsageException(string.Join(Environment.NewLine + "discover: ", resolution.Errors))
            : resolution.Settings;
    }

    /// <summary>The settings and every problem, for <c>config show</c>, which prints both.</summary>
    public async Task<SettingsResolution> ResolveAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parseResult);
        var (values, spellings) = FlagValues(parseResult);
        return await SettingsLoader.ResolveAsync([.. Definitions], parseResult.GetValue(Config), context.GetEnvironmentVariable, values, spellings, cancellationToken);
    }

    private (Dictionary<string, IReadOnlyList<string>> Values, Dictionary<string, string> Spellings) FlagValues(ParseResult parseResult)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string key, IReadOnlyList<string> value, string spelling)
        {
            values[key] = value;
            spellings[key] = spelling;
        }

        foreach (var (definition, option, negated) in _options)
        {
            if (option is not null && parseResult.GetResult(option) is { Implicit: false } result)
            {
                Set(definition.Key, SettingOption.Values(parseResult, option), result.IdentifierToken?.Value ?? definition.Flag!);
            }
            else if (negated is not null && parseResult.GetResult(negated) is { Implicit: false } && parseResult.GetValue(negated))
            {
                Set(definition.Key, ["false"], negated.Name);
            }
            else if (definition.Key == SettingKeys.StateDir && parseResult.GetResult(_common.StateDir) is { Implicit: false })
            {
                Set(definition.Key, [parseResult.GetValue(_common.StateDir)!], "--state-dir");
            }
            else if (definition.Key == SettingKeys.LogLevel && parseResult.GetValue(_common.Verbose))
            {
                Set(definition.Key, ["debug"], "--verbose");
            }
        }

        return (values, spellings);
    }
}
