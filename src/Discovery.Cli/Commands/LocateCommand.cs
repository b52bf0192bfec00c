using System.CommandLine;
using System.Text.Json;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Locate;
using Discovery.Pipeline;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover locate --location-map FILE</c>: walks the map's switches over SNMP and prints MAC → switch/port → xname.
/// A switch that fails is one line on standard error (exit 1) and never stops the others.
/// </summary>
internal static class LocateCommand
{
    private static readonly string[] Keys = [LocateMap, UplinkMacs, SecretsStoreEnabled, SecretsStoreFile, SecretsKeyFile, LogLevel];

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var all = new Option<bool>("--all") { Description = "Also list MACs seen only on uplinks (they belong to other switches' edge ports)" };
        var settings = new CommandSettings(common, Keys, stage: "locate");
        var command = new Command("locate", "Read the switches of a location map over SNMP and print MAC -> switch/port -> xname") { all };
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
            var path = effective.Path(LocateMap, context.Home) ?? throw new CliUsageException("locate needs --location-map FILE (or locate.map in the config file)");
            var map = await LocateJob.LoadMapAsync(path, cancellationToken);
            using var loggers = CliLogging.Create(context, effective);
            var secrets = await CliCredentials.CreateProviderAsync(context, JobPlans.SecretsOnly(effective, context.Home), loggers, cancellationToken);
            var report = await LocateJob.RunAsync(map, effective.Int(UplinkMacs), secrets, context.TimeProvider, loggers, cancellationToken);
            foreach (var failed in report.FailedSwitches)
            {
                await context.Error.WriteLineAsync($"discover: switch {failed.Switch}: {failed.Error}".AsMemory(), cancellationToken);
            }

            var rows = report.Listed(withUplinkOnly: parseResult.GetValue(all));
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            await renderer.WriteListAsync(rows, LocateJsonContext.Default.MacLocation, MacLocationTableColumns.All, cancellationToken);
            return ExitCodes.For(JobOutcomes.Of(report));
        });
        return command;
    }
}
