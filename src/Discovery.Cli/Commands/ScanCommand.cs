using System.CommandLine;
using System.Globalization;
using Discovery.Cli.Output;
using Discovery.Cli.Pipeline;
using Discovery.Scanning;
using Discovery.Scanning.State;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover scan TARGET...</c>: find the Redfish BMCs in the targets without credentials, print them, and
/// keep them as the last scan for <c>discover collect</c>.
/// </summary>
internal static class ScanCommand
{
    private static readonly TableColumn<DiscoveredBmc>[] Columns =
    [
        new("Address", b => b.Address),
        new("Port", b => b.Port.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Vendor", b => b.Vendor),
        new("Product", b => b.Product),
        new("Redfish", b => b.RedfishVersion),
        new("UUID", b => b.Uuid),
        new("Latency", b => $"{b.LatencyMs.ToString("0.0", CultureInfo.InvariantCulture)} ms", AlignRight: true),
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var options = new ScanCommandOptions();
        var log = new CrawlLogOptions(context);
        var command = new Command("scan", "Find Redfish BMCs in address ranges (no credentials needed)")
        {
            options.Targets,
            options.TargetFiles,
            options.Excludes,
            options.ExcludeFiles,
            options.Ports,
            options.Http,
            options.Concurrency,
            options.Timeout,
            options.Ssdp,
            options.SsdpPort,
            options.SsdpMulticast,
            options.Ipmi,
            options.IpmiPort,
            log.LogDir,
            log.NoLog,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, common, options, log, parseResult, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, CommonOptions common, ScanCommandOptions options, CrawlLogOptions log, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
        var request = await options.ToRequestAsync(parseResult, cancellationToken);
        var stateDirectory = parseResult.GetRequiredValue(common.StateDir);
        var totalProbes = Scanner.CountProbes(request);
        var progress = new ProgressLine(context, totalProbes, "scanning");
        ulong done = 0, found = 0;
        var started = context.TimeProvider.GetTimestamp();
        await using var logging = await ScanLogging.StartAsync(
            context, log.Directory(parseResult), "scan of " + string.Join(' ', options.Describe(parseResult)), cancellationToken);

        var report = await new Scanner(context.TimeProvider).RunAsync(
            request,
            (result, _) =>
            {
                done++;
                found += result.IsBmc ? 1UL : 0UL;
                progress.Report(done, $"{found} BMC answers");
                logging?.Add(result);
                return ValueTask.CompletedTask;
            },
            cancellationToken);
        progress.Clear();
        if (logging is not null)
        {
            await logging.CompleteAsync(cancellationToken);
        }

        var elapsed = context.TimeProvider.GetElapsedTime(started);

        await renderer.WriteListAsync(report.Bmcs, CliJsonContext.Default.DiscoveredBmc, Columns, cancellationToken);
        await context.Error.WriteLineAsync(Summary(request, report, elapsed).AsMemory(), cancellationToken);
        try
        {
            await LastScanStore.SaveAsync(
                stateDirectory,
                new LastScan { ScannedAt = context.TimeProvider.GetUtcNow(), Targets = options.Describe(parseResult), Bmcs = report.Bmcs },
                cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"discover: cannot save the scan under {stateDirectory}: {ex.Message}".AsMemory(), cancellationToken);
            return ExitCodes.LocalFailure;
        }

        return ExitCodes.Ok;
    }

    private static string Summary(ScanRequest request, ScanReport report, TimeSpan elapsed)
    {
        var outcomes = string.Join(", ", report.Outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Value} {o.Key.ToLowerInvariant()}"));
        var ipmiOnly = report.IpmiOnly.Count == 0 ? string.Empty : $"; IPMI but no Redfish: {string.Join(' ', report.IpmiOnly)}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"scanned {request.Targets.Count} addresses ({report.ProbeCount} probes: {outcomes}) in {elapsed.TotalSeconds:0.0} s: {report.Bmcs.Count} BMCs{ipmiOnly}");
    }
}
