using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Pipeline;
using Discovery.Pipeline.Reports;
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
            var request = await JobPlans.ScanRequestAsync(effective, context.Home, parseResult.GetValue(targets) ?? [], cancellationToken);
            using var loggers = CliLogging.Create(context, effective);
            var progress = new JobProgress(context, probes: Scanner.CountProbes(request.Scan));
            var result = await new ScanJob(context.TimeProvider, loggers).RunAsync(request, progress, cancellationToken);
            progress.Clear();
            await new OutputRenderer(context, parseResult.GetValue(common.OutputFormat)).WriteListAsync(result.Report.Bmcs, CliJsonContext.Default.DiscoveredBmc, DiscoveredBmcTableColumns.All, cancellationToken);
            await context.Error.WriteLineAsync(ScanSummary.Line(result).AsMemory(), cancellationToken);
            await StepReports.WriteLogFailureAsync(context.Error, result.LogFailure, "discover: ", cancellationToken);
            if (result.SaveFailure is { } failure)
            {
                await context.Error.WriteLineAsync($"discover: {failure}".AsMemory(), cancellationToken);
            }

            return ExitCodes.For(result);
        });
        return command;
    }
}
