using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Run;
using Discovery.Cli.Settings;
using Discovery.Configuration;
using Discovery.Text;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover config show</c>: every setting of every command as the same config file, environment and flags
/// make it, each with where it came from; secrets masked. Bad values are listed with their source, exit 2.
/// </summary>
internal static class ConfigCommand
{
    private static readonly TableColumn<ConfigShowRow>[] Columns =
    [
        new("Key", r => r.Key),
        new("Value", r => r.Value),
        new("Source", r => r.Source),
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        var settings = new CommandSettings(common, SettingTable.All.Select(d => d.Key));
        var show = new Command("show", "Print every effective setting and where each comes from (default, file, env, flag; secrets masked)");
        settings.AddTo(show);
        show.SetAction(async (parseResult, cancellationToken) =>
        {
            var resolution = await settings.ResolveAsync(context, parseResult, cancellationToken);
            var rows = resolution.Settings.All
                .Select(v => new ConfigShowRow(v.Definition.Key, v.Display, v.Source.ToString(), v.Definition.EnvironmentVariable, v.Definition.Flag))
                .ToList();
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            await renderer.WriteListAsync(rows, CliJsonContext.Default.ConfigShowRow, Columns, cancellationToken);
            foreach (var error in resolution.Errors)
            {
                await context.Error.WriteLineAsync($"discover: {error}".AsMemory(), cancellationToken);
            }

            return resolution.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return new Command("config", "Inspect the settings of every command (config file, DISCOVER_* environment, flags)") { show };
    }
}
