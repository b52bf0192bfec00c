using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Mapping;
using Discovery.Pipeline.Reports;

namespace Discovery.Cli.Commands;

/// <summary><c>discover crawl URL</c>: collects one BMC (the same <see cref="Pipeline.CollectJob"/> as collect) and prints its BMC and node records.</summary>
internal static class CrawlCommand
{
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
            await StepReports.WriteCollectStepsAsync(context.Error, collected, cancellationToken);
            var result = collected.Run.Results[0];
            if (result.Bmc is { } bmc)
            {
                var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
                await renderer.WriteItemAsync(new MappedInventory { Bmc = bmc, Nodes = result.Nodes }, RedfishJsonContext.Default.MappedInventory, MappedInventoryTableColumns.Crawled, cancellationToken);
            }

            if (CollectSummary.CrawlFailure(result) is { } failure)
            {
                await context.Error.WriteLineAsync(failure.AsMemory(), cancellationToken);
            }

            return ExitCodes.For(collected);
        });
        return command;
    }
}
