using Discovery.Credentials;
using Discovery.CrawlLog;
using Discovery.CrawlLog.Analysis;
using Discovery.Redfish.Collect;
using Discovery.Scanning;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// The entry point of <c>discover run</c>, one scheduled pass of the whole pipeline:
/// 1. take the run lock (another pass holding it is an outcome, not an error), wait the jitter;
/// 2. scan the targets and collect the BMCs found, both into one crawl-log run (kind <c>run</c>), through the
///    same <see cref="CollectSequence"/> as collect; a deadline stops this cleanly (sessions logged out, rows so
///    far written, run marked partial); a log that cannot be written (a full disk) is kept as the outcome's
///    <see cref="PassOutcome.LogFailure"/> and the pass goes on without it (<see cref="CrawlLogGuard"/>);
/// 3. apply log retention and report what changed against the earlier passes (a pass cut short reports no
///    removals: what it did not reach is no evidence; a pass whose log failed reports nothing);
/// 4. the store and SMD steps of the sequence;
/// 5. with <c>boot.bss_url</c> or <c>boot.cloud_init_url</c>, the boot step (<see cref="BootStep"/>): the store's nodes
///    to BSS and their groups to cloud-init, as <c>discover boot sync</c> does; not after a pass cut short.
/// </summary>
internal sealed partial class DiscoveryPass
{
    public const string RunKind = "run";

    private readonly ICredentialProvider _credentials;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger<DiscoveryPass> _logger;
    private readonly Func<double> _random;

    /// <summary>Creates the pass over its dependencies; <paramref name="random"/> (0 to 1) scales the jitter.</summary>
    public DiscoveryPass(ICredentialProvider credentials, TimeProvider time, ILoggerFactory loggerFactory, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _credentials = credentials;
        _time = time;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<DiscoveryPass>();
        _random = random ?? Random.Shared.NextDouble;
    }

    /// <exception cref="PipelineInputException">The id map is bad (nothing was locked or sent).</exception>
    /// <exception cref="Store.InventoryStoreLockedException">Another process holds the local store (nothing was sent).</exception>
    public async Task<PassResult> RunAsync(PassPlan plan, IJobProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        progress ??= NoProgress.Instance;
        var sequence = await CollectSequence.CreateAsync(plan.Collect, _credentials, _time, _loggerFactory, cancellationToken);
        var lockFile = Path.Combine(plan.Collect.StateDirectory, RunLock.FileName);
        using var runLock = RunLock.TryAcquire(plan.Collect.StateDirectory, _time.GetUtcNow(), out var holder);
        if (runLock is null)
        {
            LogPassLocked(_logger, lockFile, holder);
            return new PassResult { LockFile = lockFile, LockHolder = holder };
        }

        if (plan.Jitter > TimeSpan.Zero)
        {
            var wait = TimeSpan.FromMilliseconds(_random() * plan.Jitter.TotalMilliseconds);
            LogPassJitter(_logger, wait.TotalSeconds);
            await Task.Delay(wait, _time, cancellationToken);
        }

        // Before the first request: a store another process holds stops the pass here, not after a wasted crawl.
        using var opened = await sequence.OpenLocalStoreAsync(cancellationToken);
        var outcome = await PassAsync(plan, sequence, progress, cancellationToken);
        var (store, smd) = await sequence.PublishAsync(outcome.Results, opened, cancellationToken);
        outcome = outcome with
        {
            Store = store,
            Smd = smd,
            LocationProblems = LocationProblems.Describe(sequence, outcome.Results),
            SwitchesFailed = sequence.FailedSwitches.Count,
        };
        if (plan.Boot is { } boot && plan.Collect.Store is { } target)
        {
            var synced = await BootStep.RunAsync(boot, target, opened, store, outcome.DeadlineHit, _time, _loggerFactory.CreateLogger<Store.InventoryStore>(), cancellationToken);
            LogPassBoot(_logger, outcome.RunId, synced.Summary());
            outcome = outcome with { Boot = synced };
        }

        LogPassDone(_logger, outcome.RunId, outcome.Status, outcome.Changes is { HasChanges: true });
        return new PassResult { LockFile = lockFile, Outcome = outcome };
    }

    private async Task<PassOutcome> PassAsync(PassPlan plan, CollectSequence sequence, IJobProgress progress, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (plan.Deadline is { } limit)
        {
            deadline.CancelAfter(limit);
        }

        ScanReport? scan = null;
        var deadlineHit = false;
        bool anyFailed;
        string runId;
        string? logFailure;
        await using (var log = new CrawlLogGuard(CrawlLogRuns.Create(
            plan.LogDirectory, RunKind, _time, "discover run: " + string.Join(' ', plan.TargetTexts), progress, _loggerFactory.CreateLogger<CrawlLogWriter>())))
        {
            runId = log.RunId;
            var collectLogging = CollectLogging.Over(log);
            try
            {
                scan = await ScanAsync(plan, ScanLogging.Over(log, _time), progress, deadline.Token);
                var targets = scan.Bmcs.Select(b => BmcTarget.Parse(b.BaseUri)).OfType<BmcTarget>().ToList();
                if (targets.Count > 0)
                {
                    await sequence.CollectAsync(targets, collectLogging, progress, deadline.Token);
                }
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                deadlineHit = true;
                LogPassDeadline(_logger, runId);
            }

            anyFailed = collectLogging.AnyFailed;
            await log.CompleteAsync(deadlineHit || anyFailed ? CrawlRunStatus.Partial : CrawlRunStatus.Complete, cancellationToken);
            logFailure = log.Failure;
        }

        if (logFailure is not null)
        {
            LogPassLogFailed(_logger, runId, logFailure);
        }

        var removed = plan.KeepDays > 0 ? CrawlLogRetention.RemoveOlderThan(plan.LogDirectory, plan.KeepDays, _time.GetUtcNow()) : [];
        return new PassOutcome
        {
            RunId = runId,
            Status = deadlineHit || anyFailed ? "partial" : "complete",
            DeadlineHit = deadlineHit,
            AddressesScanned = plan.Scan.Targets.Count,
            BmcsFound = scan?.Bmcs.Count ?? 0,
            Results = sequence.Finished,
            RemovedPartitions = removed,
            // The report compares this run's rows in the log with the earlier runs': without them every BMC would
            // read as removed.
            Changes = logFailure is null ? await ReportAsync(plan, runId, deadlineHit, cancellationToken) : null,
            LogFailure = logFailure,
            Elapsed = _time.GetElapsedTime(started),
        };
    }

    private async Task<ScanReport> ScanAsync(PassPlan plan, ScanLogging logging, IJobProgress progress, CancellationToken cancellationToken)
    {
        var report = await ScanStep.ScanAsync(plan.Scan, logging, progress, _time, _loggerFactory, cancellationToken);
        await ScanStep.SaveAsync(plan.Collect.StateDirectory, plan.TargetTexts, report, _time, cancellationToken);
        return report;
    }

    private static async Task<CrawlChangeReport> ReportAsync(PassPlan plan, string runId, bool deadlineHit, CancellationToken cancellationToken)
    {
        using var query = CrawlLogQuery.Open(plan.LogDirectory);
        var report = await query.ChangeReportAsync(runId, plan.MissingAfter, cancellationToken);
        // A pass cut short did not look at every BMC: what it did not reach is not evidence of removal.
        return deadlineHit
            ? report with
            {
                Bmcs = [.. report.Bmcs.Where(c => c.Kind != CrawlChangeKind.Removed)],
                Nodes = [.. report.Nodes.Where(c => c.Kind != CrawlChangeKind.Removed)],
                Nics = [.. report.Nics.Where(c => c.Kind != CrawlChangeKind.Removed)],
            }
            : report;
    }
}
