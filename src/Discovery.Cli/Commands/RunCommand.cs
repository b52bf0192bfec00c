using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Pipeline;
using Discovery.Cli.Run;
using Discovery.Credentials;
using Discovery.Store;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover run --config FILE</c>: one pass of the whole pipeline for cron or a systemd timer, under a lock,
/// with optional start jitter and a deadline, ending with a change report. See <see cref="RunExitCodes"/>.
/// </summary>
internal static class RunCommand
{
    private static readonly TableColumn<CrawlDiffLine>[] Columns =
    [
        new("Entity", l => l.Entity),
        new("Change", l => l.Change),
        new("Name", l => l.Key),
        new("Field", l => l.Field),
        new("Before", l => l.Before),
        new("After", l => l.After),
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        var flags = new RunFlagOptions(common);
        var command = new Command(
            "run",
            "One scheduled pass: scan, collect, log, store and SMD as configured, then report what changed. " +
            "Settings come from --config FILE, DISCOVER_* variables and flags (flags win); see 'discover config show'. " +
            "Exit codes: 0 no change, 5 changes found, 1 partial (a BMC failed or the deadline hit), 2 bad config, " +
            "3 local failure, 4 SMD failed, 75 another run holds the lock.");
        foreach (var option in flags.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var resolution = await RunConfiguration.LoadAsync(context, flags, parseResult, cancellationToken);
            if (resolution.Errors.Count > 0)
            {
                throw new CliUsageException(string.Join(Environment.NewLine + "discover: ", resolution.Errors));
            }

            var plan = await PassPlanBuilder.BuildAsync(resolution.Settings, context.GetEnvironmentVariable, cancellationToken);
            var assigner = await IdMapAssigner.CreateAsync(plan.IdMapPath, cancellationToken);
            var credentials = await SecretsCredentialOptions.CreateProviderAsync(context, plan.Credentials, cancellationToken);
            var smd = await PassSmdStep.SettingsAsync(context, plan, cancellationToken);
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            return await RunLockedAsync(context, renderer, plan, credentials, assigner, smd, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunLockedAsync(
        CliContext context,
        OutputRenderer renderer,
        PassPlan plan,
        CredentialProvider credentials,
        Records.Xnames.IXnameAssigner assigner,
        SmdSettings? smd,
        CancellationToken cancellationToken)
    {
        using var runLock = RunLock.TryAcquire(plan.StateDirectory, context.TimeProvider.GetUtcNow(), out var holder);
        if (runLock is null)
        {
            await context.Error.WriteLineAsync(
                $"discover run: another run holds the lock {Path.Combine(plan.StateDirectory, RunLock.FileName)} ({holder ?? "holder unknown"}); not starting".AsMemory(),
                cancellationToken);
            return ExitCodes.Locked;
        }

        if (plan.Jitter > TimeSpan.Zero)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * plan.Jitter.TotalMilliseconds), context.TimeProvider, cancellationToken);
        }

        var outcome = await new DiscoveryPass(credentials, assigner, context.TimeProvider).RunAsync(plan, cancellationToken);
        // The steps' own words are held back until we know whether this pass has anything to say.
        using var steps = new StringWriter();
        var stored = await PassStoreStep.RunAsync(context.WithError(steps), plan, outcome, cancellationToken);
        outcome = outcome with { StoreFailed = !stored };
        if (smd is not null)
        {
            var registered = await PassSmdStep.RunAsync(context.WithError(steps), smd, plan, outcome, credentials, cancellationToken);
            outcome = outcome with { SmdFailed = !registered };
        }

        var exit = RunExitCodes.For(outcome);
        if (exit == ExitCodes.Ok && plan.QuietUnchanged)
        {
            // cron mails whatever a job prints: nothing changed, nothing to say.
            return exit;
        }

        await context.Error.WriteAsync(steps.ToString().AsMemory(), cancellationToken);

        if (renderer.Format == OutputFormat.Table)
        {
            // No table at all when nothing changed: the summary line on stderr says so.
            await WriteTableAsync(renderer, outcome.Changes.ToLines(), cancellationToken);
        }
        else
        {
            await renderer.WriteItemAsync(outcome, CliJsonContext.Default.PassOutcome, [], cancellationToken);
        }

        foreach (var line in RunSummary.Lines(outcome, plan))
        {
            await context.Error.WriteLineAsync(line.AsMemory(), cancellationToken);
        }

        return exit;
    }

    private static async Task WriteTableAsync(OutputRenderer renderer, IReadOnlyList<CrawlDiffLine> lines, CancellationToken cancellationToken)
    {
        if (lines.Count > 0)
        {
            await renderer.WriteListAsync(lines, StorageJsonContext.Default.CrawlDiffLine, Columns, cancellationToken);
        }
    }
}
