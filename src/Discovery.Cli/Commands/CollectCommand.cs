using System.CommandLine;
using System.Globalization;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Redfish;
using Discovery.Redfish.Collect;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover collect [TARGET...]</c>: logs in to each BMC once, walks its Redfish tree and prints one status
/// row per BMC (<see cref="Pipeline.CollectJob"/>); then the store and, with <c>--smd URL</c>, SMD. Exit code 0
/// when every BMC (and every location-map switch) is ok, 1 otherwise, 3 when the store (local or <c>--server</c>) failed or refused a record or the
/// crawl log could not be written, 4 when the SMD step failed (see <see cref="ExitCodes"/>).
/// </summary>
internal static class CollectCommand
{
    private static readonly TableColumn<BmcCollectSummary>[] Columns =
    [
        new("BMC", s => s.Endpoint),
        new("Status", s => BmcCollectStatusNames.Of(s.Status).Replace('_', ' ').Replace("tls", "TLS", StringComparison.Ordinal).Replace("not redfish", "not Redfish", StringComparison.Ordinal)),
        new("Xname", s => s.Xname),
        new("MAC", s => s.Mac),
        new("Firmware", s => s.FirmwareVersion),
        new("Nodes", s => s.Nodes.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Requests", s => s.Requests.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Detail", s => s.FailedUris.Count > 0 ? string.Join("; ", s.FailedUris) : s.Message),
    ];

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
            await new OutputRenderer(context, parseResult.GetValue(common.OutputFormat)).WriteListAsync(rows, RedfishJsonContext.Default.BmcCollectSummary, Columns, cancellationToken);
            var ok = rows.Count(r => r.Status == BmcCollectStatus.Ok);
            await context.Error.WriteLineAsync(
                $"collect: {ok}/{rows.Count} BMCs ok, {result.Run.Results.Sum(r => r.Nodes.Count)} nodes, {result.Run.Elapsed.TotalSeconds:0.0} s".AsMemory(),
                cancellationToken);
            await StepReports.WriteLocationAsync(context.Error, Pipeline.LocationProblems.Describe(result.FailedSwitches, result.Unplaced), "discover: ", cancellationToken);
            await StepReports.WriteLogFailureAsync(context.Error, result, cancellationToken);
            await StepReports.WriteStoreAsync(context.Error, result.Store, "discover: ", cancellationToken);
            await StepReports.WriteSmdAsync(context, result.Smd, null, cancellationToken);
            return ExitCodes.For(result);
        });
        return command;
    }
}
