using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Configuration;
using Discovery.CrawlLog.Analysis;
using Discovery.Pipeline;
using Discovery.Pipeline.Reports;
using Discovery.Store;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover run --config FILE</c>: one pass of the whole pipeline (<see cref="DiscoveryPass"/>) for cron or a
/// systemd timer, under a lock, with optional start jitter and a deadline, ending with a change report.
/// </summary>
internal static class RunCommand
{
    /// <summary>The settings of run: every stage's, but not the one-shot flags (no --no-log, no SMD dry run).</summary>
    public static readonly string[] Keys =
    [
        .. SettingTable.All.Select(d => d.Key).Where(k => k is not (LogEnabled or SmdDryRun or PasswordStdin) && !k.StartsWith("serve.", StringComparison.Ordinal)),
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        var settings = new CommandSettings(common, Keys);
        var command = new Command(
            "run",
            "One scheduled pass: scan, collect, log, store, SMD, and boot parameters to BSS and cloud-init (boot.bss_url, boot.cloud_init_url, as 'discover boot sync' for every node) as configured, then report what changed. " +
            "Settings come from --config FILE, DISCOVER_* variables and flags (flags win); see 'discover config show'. " +
            "Exit codes: 0 no change, 5 changes found, 1 partial (a BMC failed or the deadline hit), 2 bad config, " +
            "3 local failure (the store, or the crawl log: on a full log disk the pass still stores and registers what it found), " +
            "4 SMD failed, 6 the boot step failed (BSS or cloud-init; not run when the deadline hit), 75 another run holds the lock.");
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
            var plan = await JobPlans.PassAsync(effective, context.Home, cancellationToken);
            using var loggers = CliLogging.Create(context, effective);
            var credentials = await CliCredentials.CreateProviderAsync(context, plan.Credentials, loggers, cancellationToken);
            var result = await new DiscoveryPass(credentials, context.TimeProvider, loggers).RunAsync(plan, null, cancellationToken);
            var exit = ExitCodes.For(result);
            if (result.Outcome is not { } outcome)
            {
                await context.Error.WriteLineAsync($"discover run: another run holds the lock {result.LockFile} ({result.LockHolder ?? "holder unknown"}); not starting".AsMemory(), cancellationToken);
                return exit;
            }

            if (exit == ExitCodes.Ok && plan.QuietUnchanged && outcome.Boot is not { Wrote: true })
            {
                // cron mails whatever a job prints: nothing changed, nothing to say.
                return exit;
            }

            await StepReports.WriteLocationAsync(context.Error, outcome.LocationProblems, "discover run: ", cancellationToken);
            await StepReports.WriteLogFailureAsync(context.Error, outcome.LogFailure, "discover run: ", cancellationToken);
            await StepReports.WriteStoreAsync(context.Error, outcome.Store, "discover run: store: ", cancellationToken);
            await StepReports.WriteSmdAsync(context, outcome.Smd, null, cancellationToken);
            await StepReports.WriteBootAsync(context.Error, outcome.Boot, "discover run: ", cancellationToken);
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            if (renderer.Format != OutputFormat.Table)
            {
                await renderer.WriteItemAsync(outcome, CliJsonContext.Default.PassOutcome, [], cancellationToken);
            }
            else if (outcome.Changes?.ToLines() is { Count: > 0 } lines)
            {
                // No table at all when nothing changed: the summary line on stderr says so.
                await renderer.WriteListAsync(lines, StorageJsonContext.Default.CrawlDiffLine, CrawlDiffTableColumns.All, cancellationToken);
            }

            foreach (var line in PassSummary.Lines(outcome, plan))
            {
                await context.Error.WriteLineAsync(line.AsMemory(), cancellationToken);
            }

            return exit;
        });
        return command;
    }
}
