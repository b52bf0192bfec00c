using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Pipeline;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Scanning.State;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover collect [TARGET...]</c>: logs in to each BMC once, walks its Redfish tree and prints one status
/// row per BMC. Exit code 0 when every BMC is ok, 1 otherwise. With <c>--smd URL</c>, then registers what it
/// found with SMD (<see cref="SmdRegistration"/>): exit code 4 when that step failed.
/// </summary>
internal static class CollectCommand
{
    private static readonly TableColumn<BmcCollectSummary>[] Columns =
    [
        new("BMC", s => s.Endpoint),
        new("Status", s => s.Status switch
        {
            BmcCollectStatus.Ok => "ok",
            BmcCollectStatus.Partial => "partial",
            BmcCollectStatus.AuthFailed => "auth failed",
            BmcCollectStatus.SessionLimit => "session limit",
            BmcCollectStatus.TimedOut => "timed out",
            BmcCollectStatus.NotRedfish => "not Redfish",
            BmcCollectStatus.TlsPinMismatch => "TLS pin mismatch",
            BmcCollectStatus.Cancelled => "cancelled",
            _ => "unreachable",
        }),
        new("Xname", s => s.Xname),
        new("MAC", s => s.Mac),
        new("Firmware", s => s.FirmwareVersion),
        new("Nodes", s => s.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture), AlignRight: true),
        new("Requests", s => s.Requests.ToString(System.Globalization.CultureInfo.InvariantCulture), AlignRight: true),
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
        var parallel = new Option<int>("--parallel") { Description = "BMCs collected at once", DefaultValueFactory = _ => 64 };
        var client = new CollectClientOptions();
        var credentials = new SecretsCredentialOptions(context);
        var log = new CrawlLogOptions(context);
        var smd = new SmdOptions(inCollect: true);
        var store = new CollectStoreOptions(context);
        var command = new Command("collect", "Walk each BMC's Redfish tree into node, BMC and NIC records") { targets, parallel };
        foreach (var option in client.All.Concat(credentials.All).Concat(log.All).Concat(store.All).Concat(smd.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stateDirectory = parseResult.GetValue(common.StateDir)!;
            var given = parseResult.GetValue(targets) ?? [];
            if (given.Length == 0)
            {
                given = await LastScanTargetsAsync(stateDirectory, cancellationToken);
            }

            var parsed = given.Select(t => (Text: t, Target: BmcTarget.Parse(t))).ToList();
            if (parsed.FirstOrDefault(p => p.Target is null) is { Text: { } bad })
            {
                throw new CliUsageException($"not a BMC address: {bad}");
            }

            var options = client.ToClientOptions(parseResult, stateDirectory);
            var smdSettings = smd.IsRequested(parseResult) ? await smd.ToSettingsAsync(context, parseResult, cancellationToken) : null;
            var provider = await credentials.CreateProviderAsync(context, parseResult, cancellationToken);
            var assigner = await client.CreateAssignerAsync(parseResult, cancellationToken);
            await using var logging = await CollectLogging.StartAsync(
                context, log.Directory(parseResult), $"collect of {parsed.Count} BMC(s)", cancellationToken);
            var collector = new Collector(logging?.Watch(provider) ?? provider, assigner, options, context.TimeProvider);
            var request = new CollectRequest
            {
                Targets = [.. parsed.Select(p => p.Target!)],
                Profile = parseResult.GetValue(client.Profile),
                MaxParallelBmcs = Math.Max(1, parseResult.GetValue(parallel)),
                // The rows below need no bodies; the crawl log takes them from OnResult.
                KeepExchanges = false,
            };
            request = logging?.Attach(request) ?? request;
            var progress = context.ErrorIsTerminal ? new CollectProgressPrinter(context.Error, request.Targets.Count) : null;
            var run = await collector.CollectAsync(request, progress, cancellationToken);
            if (logging is not null)
            {
                await logging.CompleteAsync(cancellationToken);
            }

            var rows = run.Results.Select(BmcCollectSummary.From).ToList();
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            await renderer.WriteListAsync(rows, RedfishJsonContext.Default.BmcCollectSummary, Columns, cancellationToken);
            var ok = rows.Count(r => r.Status == BmcCollectStatus.Ok);
            await context.Error.WriteLineAsync(
                $"collect: {ok}/{rows.Count} BMCs ok, {run.Results.Sum(r => r.Nodes.Count)} nodes, {run.Elapsed.TotalSeconds:0.0} s".AsMemory(),
                cancellationToken);
            await InventoryUpsert.RunAsync(context, store, parseResult, run, cancellationToken);
            var exit = run.AllOk ? ExitCodes.Ok : ExitCodes.SomeTargetsFailed;
            return smdSettings is null
                ? exit
                : await SmdRegistration.AfterCollectAsync(
                    context, smdSettings, stateDirectory, run.Results, provider, parseResult.GetValue(credentials.Username), exit, cancellationToken);
        });
        return command;
    }

    private static async Task<string[]> LastScanTargetsAsync(string stateDirectory, CancellationToken cancellationToken)
    {
        LastScan? scan;
        try
        {
            scan = await LastScanStore.LoadAsync(stateDirectory, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new CliUsageException(ex.Message, ex);
        }

        if (scan is null)
        {
            throw new CliUsageException($"no TARGET given and no saved scan in {stateDirectory} (run 'discover scan' first)");
        }

        if (scan.Bmcs.Count == 0)
        {
            throw new CliUsageException($"no TARGET given and the last scan ({scan.ScannedAt:u}) found no BMCs");
        }

        return [.. scan.Bmcs.Select(b => b.BaseUri)];
    }
}
