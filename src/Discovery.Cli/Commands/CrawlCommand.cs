using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Pipeline;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Mapping;

namespace Discovery.Cli.Commands;

/// <summary><c>discover crawl URL</c>: collects one BMC and prints its BMC and node records (JSON or YAML).</summary>
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
        var client = new CollectClientOptions();
        var credentials = new SecretsCredentialOptions(context);
        var log = new CrawlLogOptions(context);
        var store = new CollectStoreOptions(context);
        var command = new Command("crawl", "Walk one BMC's Redfish tree and print its records") { url };
        foreach (var option in client.All.Concat(credentials.All).Concat(log.All).Concat(store.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(url) ?? string.Empty;
            var target = BmcTarget.Parse(text) ?? throw new CliUsageException($"not a BMC address: {text}");
            var options = client.ToClientOptions(parseResult, parseResult.GetValue(common.StateDir)!);
            var provider = await credentials.CreateProviderAsync(context, parseResult, cancellationToken);
            var assigner = await client.CreateAssignerAsync(parseResult, cancellationToken);
            await using var logging = await CollectLogging.StartAsync(context, log.Directory(parseResult), $"crawl of {target.Endpoint}", cancellationToken);
            var collector = new Collector(logging?.Watch(provider) ?? provider, assigner, options, context.TimeProvider);
            var request = new CollectRequest { Targets = [target], Profile = parseResult.GetValue(client.Profile), KeepExchanges = false };
            var run = await collector.CollectAsync(logging?.Attach(request) ?? request, null, cancellationToken);
            if (logging is not null)
            {
                await logging.CompleteAsync(cancellationToken);
            }

            await InventoryUpsert.RunAsync(context, store, parseResult, run, cancellationToken);
            var result = run.Results[0];
            if (result.Bmc is { } bmc)
            {
                var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
                await renderer.WriteItemAsync(new MappedInventory { Bmc = bmc, Nodes = result.Nodes }, RedfishJsonContext.Default.MappedInventory, Columns, cancellationToken);
            }

            if (result.Status != BmcCollectStatus.Ok)
            {
                var detail = result.FailedUris.Count > 0 ? ": " + string.Join("; ", result.FailedUris.Select(f => $"{f.Uri}: {f.Reason}")) : string.Empty;
                await context.Error.WriteLineAsync($"crawl: {target.Endpoint}: {BmcCollectSummary.From(result).Status} {result.Message}{detail}".AsMemory(), cancellationToken);
                return ExitCodes.SomeTargetsFailed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
