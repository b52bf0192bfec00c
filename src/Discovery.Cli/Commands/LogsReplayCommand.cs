using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.CrawlLog.Analysis;
using Discovery.Cli.Settings;
using Discovery.Configuration;
using Discovery.Pipeline;
using Discovery.Redfish;
using Discovery.Redfish.Mapping;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover logs replay RUN</c>: re-runs mapping and xname assignment over a run's stored responses
/// (<see cref="ReplayJob"/>) and prints the records, without touching a BMC.
/// </summary>
internal static class LogsReplayCommand
{
    public static Command Create(CliContext context, CommonOptions common, Option<string> logDir)
    {
        var run = new Argument<string>("RUN") { Description = "The run id (see 'discover logs runs')" };
        var idMap = new Option<string>("--id-map")
        {
            Description = "The id map the live collect used (YAML or JSON), so the xnames match",
            HelpName = "FILE",
        };
        var command = new Command("replay", "Re-map a run's stored Redfish responses into records without contacting any BMC") { run, idMap };
        var settings = new CommandSettings(common, [SettingKeys.LogLevel], configAlias: null);
        settings.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CrawlLogErrors.TranslateAsync(
            async () =>
            {
                var request = new ReplayJobRequest(parseResult.GetValue(logDir)!, parseResult.GetValue(run)!, parseResult.GetValue(idMap));
                using var loggers = CliLogging.Create(context, await settings.LoadAsync(context, parseResult, cancellationToken));
                var result = await new ReplayJob(loggers).RunAsync(request, cancellationToken);
                var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
                await renderer.WriteListAsync(result.Records, RedfishJsonContext.Default.MappedInventory, MappedInventoryTableColumns.Replayed, cancellationToken);
                await context.Error.WriteLineAsync(
                    $"replay {result.RunId}: {result.Records.Count} BMCs, {result.Records.Sum(r => r.Nodes.Count)} nodes from {result.ResponseCount} stored responses".AsMemory(),
                    cancellationToken);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
