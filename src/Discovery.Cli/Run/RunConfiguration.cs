using System.CommandLine;
using Discovery.Configuration;
using Discovery.CrawlLog;
using Discovery.Store;

namespace Discovery.Cli.Run;

/// <summary>
/// Loads the settings of <c>discover run</c> and <c>config show</c>: the config file (when given), the
/// <c>DISCOVER_*</c> environment and the flags, resolved by <see cref="SettingsResolver"/>. Folder settings
/// without a value get the same defaults the other commands use.
/// </summary>
internal static class RunConfiguration
{
    /// <summary>Every problem of the file and of the winning values; empty settings only when the file could not be read.</summary>
    public static async Task<SettingsResolution> LoadAsync(
        CliContext context, RunFlagOptions flags, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(flags);
        var path = parseResult.GetValue(flags.Config);
        var file = path is null
            ? new ConfigFileResult()
            : await ConfigFileReader.ReadAsync(path, RunSettingKeys.All, cancellationToken);
        var definitions = RunSettingKeys.All.Select(d => WithDefaultFolder(context, d)).ToList();
        var resolution = SettingsResolver.Resolve(definitions, file.Values, path, context.GetEnvironmentVariable, flags.FlagValues(parseResult));
        return resolution with { Errors = [.. file.Errors, .. resolution.Errors] };
    }

    private static SettingDefinition WithDefaultFolder(CliContext context, SettingDefinition definition) => definition.Key switch
    {
        RunSettingKeys.LogDir => definition with { Default = CrawlLogDirectory.ResolveDefault(context.GetEnvironmentVariable) },
        RunSettingKeys.StateDir => definition with { Default = StateDirectory.ResolveDefault(context.GetEnvironmentVariable) },
        RunSettingKeys.DataDir => definition with { Default = InventoryStoreDirectory.ResolveDefault(context.GetEnvironmentVariable) },
        _ => definition,
    };
}
