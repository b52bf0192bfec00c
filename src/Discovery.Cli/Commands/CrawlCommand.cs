using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Mapping;

namespace Discovery.Cli.Commands;

/// <summary><c>discover crawl URL</c>: collects one BMC (the same <see cref="Pipeline.CollectJob"/> as collect) and prints its BMC and node records.</summary>
internal static class CrawlCommand
{
    private static readonly TableColumn<MappedInventory>[] Columns =
    [
        new("BMC", m => $"{m.Bmc.Ip}:{m.Bmc.Port}"),
        new("Xname", m => m.Bmc.Xname),
        new("MAC", m => m.Bmc.Mac),
        new("Firmware", m => m.Bmc.FirmwareVersion),
        new("Nodes", m => string.Join(" ", m.Nodes.Select(n => $"{n.Xname}={n.SerialNumber}"))),
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var url = new Argument<string>("URL") { Description = "The BMC: https://host:port, host:port or host" };
        var settings = new CommandSettings(common, CollectJobs.CrawlKeys, stage: "collect");
        var command = new Command("crawl", "Walk one BMC's Redfish tree and print its records") { url };
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var collected = await CollectJobs.RunAsync(context, settings, parseResult, [parseResult.GetValue(url) ?? string.Empty], "crawl", cancellationToken);
            await StepReports.WriteLocationAsync(context.Error, Pipeline.LocationProblems.Describe(collected.FailedSwitches, collected.Unplaced), "discover: ", cancellationToken);
            await StepReports.WriteLogFailureAsync(context.Error, collected, cancellationToken);
            await StepReports.WriteStoreAsync(context.Error, collected.Store, "discover: ", cancellationToken);
            var result = collected.Run.Results[0];
            if (result.Bmc is { } bmc)
            {
                var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
                await renderer.WriteItemAsync(new MappedInventory { Bmc = bmc, Nodes = result.Nodes }, RedfishJsonContext.Default.MappedInventory, Columns, cancellationToken);
            }

            if (result.Status != BmcCollectStatus.Ok)
            {
                var detail = result.FailedUris.Count > 0 ? ": " + string.Join("; ", result.FailedUris.Select(f => $"{f.Uri}: {f.Reason}")) : string.Empty;
                await context.Error.WriteLineAsync($"crawl: {result.Target.Endpoint}: {BmcCollectSummary.From(result).Status} {result.Message}{detail}".AsMemory(), cancellationToken);
            }

            return ExitCodes.For(collected);
        });
        return command;
    }
}
