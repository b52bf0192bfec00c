using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Pipeline;
using Discovery.Redfish;
using Discovery.Redfish.Mapping;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover logs replay RUN</c>: re-runs mapping and xname assignment over a run's stored responses and
/// prints the records, without touching a BMC (to check a mapper change against an old crawl).
/// </summary>
internal static class LogsReplayCommand
{
    private static readonly TableColumn<MappedInventory>[] Columns =
    [
        new("BMC", m => $"{m.Bmc.Ip}:{m.Bmc.Port}"),
        new("Xname", m => m.Bmc.Xname),
        new("MAC", m => m.Bmc.Mac),
        new("Firmware", m => m.Bmc.FirmwareVersion),
        new("Status", m => m.Bmc.LastCrawlStatus),
        new("Nodes", m => string.Join(" ", m.Nodes.Select(n => $"{n.Xname}={n.SerialNumber}"))),
    ];

    public static Command Create(CliContext context, CommonOptions common, Option<string> logDir)
    {
        var run = new Argument<string>("RUN") { Description = "The run id (see 'discover logs runs')" };
        var idMap = new Option<string>("--id-map")
        {
            Description = "The id map the live collect used (YAML or JSON), so the xnames match",
            HelpName = "FILE",
        };
        var command = new Command("replay", "Re-map a run's stored Redfish responses into records without contacting any BMC") { run, idMap };
        command.SetAction((parseResult, cancellationToken) => LogsCommand.RunAsync(
            context,
            async () =>
            {
                var runId = parseResult.GetValue(run)!;
                var assigner = await IdMapAssigner.CreateAsync(parseResult.GetValue(idMap), cancellationToken);
                using var query = CrawlLogQuery.Open(parseResult.GetValue(logDir)!);
                _ = (await query.ListRunsAsync(cancellationToken)).FirstOrDefault(r => r.RunId == runId)
                    ?? throw new CliUsageException($"no run '{runId}' in the crawl log (see 'discover logs runs')");
                var responses = await query.ReadResponsesAsync(runId, cancellationToken);
                var records = CrawlReplay.Map(responses, assigner);
                var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
                await renderer.WriteListAsync(records, RedfishJsonContext.Default.MappedInventory, Columns, cancellationToken);
                await context.Error.WriteLineAsync(
                    $"replay {runId}: {records.Count} BMCs, {records.Sum(r => r.Nodes.Count)} nodes from {responses.Count} stored responses".AsMemory(),
                    cancellationToken);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
