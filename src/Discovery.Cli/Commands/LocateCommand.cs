using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Locate;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover locate --location-map FILE</c>: walks the map's switches over SNMP and prints MAC → switch/port → xname.
/// A switch that fails is one line on standard error (exit 1) and never stops the others.
/// </summary>
internal static class LocateCommand
{
    private static readonly string[] Keys = [LocateMap, UplinkMacs, SecretsStoreEnabled, SecretsStoreFile, SecretsKeyFile, LogLevel];

    private static readonly TableColumn<MacLocation>[] Columns =
    [
        new("MAC", r => r.Mac), new("Switch", r => r.Switch), new("Port", r => r.Port),
        new("VLAN", r => r.Vlan?.ToString(CultureInfo.InvariantCulture), AlignRight: true), new("Xname", r => r.Xname), new("Status", r => JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Status.ToString())),
    ];

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
            // Only the secrets store matters here (secret: references); no BMC password is read.
            var request = new Credentials.CredentialRequest
            {
                SecretsStorePath = effective.Path(SecretsStoreFile, context.Home),
                SecretsKeyFile = effective.Path(SecretsKeyFile, context.Home),
                UseSecretsStore = effective.Bool(SecretsStoreEnabled),
            };
            var secrets = await CliCredentials.CreateProviderAsync(context, request, loggers, cancellationToken);
            var report = await LocateJob.RunAsync(map, effective.Int(UplinkMacs), secrets, context.TimeProvider, loggers, cancellationToken);
            foreach (var failed in report.FailedSwitches)
            {
                await context.Error.WriteLineAsync($"discover: switch {failed.Switch}: {failed.Error}".AsMemory(), cancellationToken);
            }

            var rows = report.Locations.Values
                .Where(l => parseResult.GetValue(all) || l.Status != PlacementStatus.UplinkOnly)
                .OrderBy(l => l.Switch ?? "~", StringComparer.Ordinal).ThenBy(l => l.Port, PortOrder.Instance).ThenBy(l => l.Mac, StringComparer.Ordinal)
                .ToList();
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            await renderer.WriteListAsync(rows, LocateJsonContext.Default.MacLocation, Columns, cancellationToken);
            return report.AnySwitchFailed ? ExitCodes.SomeTargetsFailed : ExitCodes.Ok;
        });
        return command;
    }
}
