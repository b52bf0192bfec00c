using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Pipeline.Reports;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover collect [TARGET...]</c>: logs in to each BMC once, walks its Redfish tree and prints one status
/// row per BMC (<see cref="Pipeline.CollectJob"/>); then the store and, with <c>--smd URL</c>, SMD. Exit code 0
/// when every BMC (and every location-map switch) is ok, 1 otherwise, 3 when the store (local or <c>--server</c>) failed or refused a record or the
/// crawl log could not be written, 4 when the SMD step failed (see <see cref="ExitCodes"/>).
/// </summary>
internal static class CollectCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var targets = new Argument<string[]>("TARGET")
        {
            Description = "BMCs as host, host:port or https://host:port (e.g. 10.0.0.5); none: the BMCs of the last scan",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var settings = new CommandSettings(common, CollectJobs.CollectKeys, stage: "collect");
        var command = new Command("collect", "Walk each BMC's Redfish tree into node, BMC and NIC records") { targets };
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var result = await CollectJobs.RunAsync(context, settings, parseResult, parseResult.GetValue(targets) ?? [], "collect", cancellationToken);
            var rows = result.Run.Results.Select(BmcCollectSummary.From).ToList();
            await new OutputRenderer(context, parseResult.GetValue(common.OutputFormat)).WriteListAsync(rows, RedfishJsonContext.Default.BmcCollectSummary, BmcCollectTableColumns.All, cancellationToken);
            await context.Error.WriteLineAsync(CollectSummary.Line(result).AsMemory(), cancellationToken);
            await StepReports.WriteCollectStepsAsync(context.Error, result, cancellationToken);
            await StepReports.WriteSmdAsync(context, result.Smd, null, cancellationToken);
            return ExitCodes.For(result);
        });
        return command;
    }
}
