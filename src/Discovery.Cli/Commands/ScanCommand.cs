using System.CommandLine;
using System.Globalization;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Pipeline;
using Discovery.Scanning;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover scan TARGET...</c>: find the Redfish BMCs in the targets without credentials (<see cref="ScanJob"/>),
/// print them, and keep them as the last scan for <c>discover collect</c>.
/// </summary>
internal static class ScanCommand
{
    /// <summary>The settings scan uses.</summary>
    public static readonly string[] Keys =
    [
        TargetList, TargetFiles, Exclude, ExcludeFiles, Ports, Http, ScanTimeout, ScanConcurrency, Ssdp, SsdpPort, SsdpMulticast, Ipmi, IpmiPort, Mdns, MdnsDuration,
        LogDir, LogEnabled, StateDir, LogLevel,
    ];

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
        var targets = new Argument<string[]>("targets")
        {
            Description = "Targets: 10.0.0.5, 10.0.0.0/24, 10.0.0.1-50, 10.0.0.1-10.0.0.50, host names, IPv6 literals (comma lists allowed)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var settings = new CommandSettings(common, Keys, stage: "scan");
        var command = new Command("scan", "Find Redfish BMCs in address ranges (no credentials needed)") { targets };
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
            var errors = new List<string>();
            var (scan, texts) = await JobPlans.ScanAsync(effective, parseResult.GetValue(targets) ?? [], errors, cancellationToken);
            JobPlans.ThrowIfAny(errors);
            var request = new ScanJobRequest
            {
                Scan = scan,
                TargetTexts = texts,
                LogDirectory = effective.Bool(LogEnabled) ? effective.Path(LogDir, context.Home) : null,
                StateDirectory = effective.Path(StateDir, context.Home)!,
            };
            using var loggers = CliLogging.Create(context, effective);
            var progress = new JobProgress(context, probes: Scanner.CountProbes(scan));
            var result = await new ScanJob(context.TimeProvider, loggers).RunAsync(request, progress, cancellationToken);
            progress.Clear();
            await new OutputRenderer(context, parseResult.GetValue(common.OutputFormat)).WriteListAsync(result.Report.Bmcs, CliJsonContext.Default.DiscoveredBmc, Columns, cancellationToken);
            await context.Error.WriteLineAsync(Summary(result).AsMemory(), cancellationToken);
            await StepReports.WriteLogFailureAsync(context.Error, result.LogFailure, "discover: ", cancellationToken);
            if (result.SaveFailure is { } failure)
            {
                await context.Error.WriteLineAsync($"discover: {failure}".AsMemory(), cancellationToken);
            }

            return ExitCodes.For(result);
        });
        return command;
    }

    private static string Summary(ScanJobResult result)
    {
        var report = result.Report;
        var outcomes = string.Join(", ", report.Outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Value} {o.Key.ToLowerInvariant()}"));
        var ipmiOnly = report.IpmiOnly.Count == 0 ? string.Empty : $"; IPMI but no Redfish: {string.Join(' ', report.IpmiOnly)}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"scanned {result.AddressCount} addresses ({report.ProbeCount} probes: {outcomes}) in {result.Elapsed.TotalSeconds:0.0} s: {report.Bmcs.Count} BMCs{ipmiOnly}");
    }
}
