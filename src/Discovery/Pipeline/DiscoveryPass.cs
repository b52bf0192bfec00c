using System.Collections.Concurrent;
using Discovery.Cli.Pipeline;
using Discovery.Credentials;
using Discovery.Records.Xnames;
using Discovery.Redfish.Collect;
using Discovery.Scanning;
using Discovery.Scanning.State;
using Discovery.CrawlLog.Analysis;
using Discovery.CrawlLog;

namespace Discovery.Cli.Run;

/// <summary>
/// One scheduled pass of the whole pipeline: scan the targets, collect the BMCs found, write both to one crawl-log
/// run (kind <c>run</c>), apply log retention, and report what changed against the earlier passes. The caller
/// holds the run lock. A deadline stops the pass cleanly: BMC sessions are logged out (the collector does that
/// even when cancelled), the rows so far are written and the run is marked partial.
/// </summary>
internal sealed class DiscoveryPass(ICredentialProvider credentials, IXnameAssigner xnames, TimeProvider time)
{
    public const string RunKind = "run";

    public async Task<PassOutcome> RunAsync(PassPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var started = time.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (plan.Deadline is { } limit)
        {
            deadline.CancelAfter(limit);
        }

        var results = new ConcurrentBag<BmcCollectResult>();
        ScanReport? scan = null;
        var deadlineHit = false;
        var anyFailed = false;
        string runId;
        await using (var writer = CrawlLogRuns.Create(plan.LogDirectory, RunKind, time, "discover run: " + string.Join(' ', plan.TargetTexts)))
        {
            runId = writer.RunId;
            var collectLogging = CollectLogging.Over(writer);
            try
            {
                scan = await ScanAsync(plan, ScanLogging.Over(writer, time), deadline.Token);
                await CollectAsync(plan, scan, collectLogging, results, deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                deadlineHit = true;
            }

            anyFailed = collectLogging.AnyFailed;
            await writer.CompleteAsync(deadlineHit || anyFailed ? CrawlRunStatus.Partial : CrawlRunStatus.Complete, cancellationToken);
        }

        var removed = plan.KeepDays > 0 ? CrawlLogRetention.RemoveOlderThan(plan.LogDirectory, plan.KeepDays, time.GetUtcNow()) : [];
        var changes = await ReportAsync(plan, runId, deadlineHit, cancellationToken);
        return new PassOutcome
        {
            RunId = runId,
            Status = deadlineHit || anyFailed ? "partial" : "complete",
            DeadlineHit = deadlineHit,
            AddressesScanned = plan.Scan.Targets.Count,
            BmcsFound = scan?.Bmcs.Count ?? 0,
            Results = [.. results],
            RemovedPartitions = removed,
            Changes = changes,
            Elapsed = time.GetElapsedTime(started),
        };
    }

    private async Task<ScanReport> ScanAsync(PassPlan plan, ScanLogging logging, CancellationToken cancellationToken)
    {
        var report = await new Scanner(time).RunAsync(
            plan.Scan,
            (result, _) =>
            {
                logging.Add(result);
                return ValueTask.CompletedTask;
            },
            cancellationToken);
        // Kept as the last scan, so 'discover collect' with no targets reaches the same BMCs.
        await LastScanStore.SaveAsync(
            plan.StateDirectory,
            new LastScan { ScannedAt = time.GetUtcNow(), Targets = plan.TargetTexts, Bmcs = report.Bmcs },
            cancellationToken);
        return report;
    }

    private async Task CollectAsync(
        PassPlan plan, ScanReport scan, CollectLogging logging, ConcurrentBag<BmcCollectResult> results, CancellationToken cancellationToken)
    {
        var targets = scan.Bmcs.Select(b => BmcTarget.Parse(b.BaseUri)).OfType<BmcTarget>().ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var collector = new Collector(logging.Watch(credentials), xnames, plan.Client, time);
        var request = logging.Attach(new CollectRequest
        {
            Targets = targets,
            Profile = plan.Profile,
            MaxParallelBmcs = plan.MaxParallelBmcs,
            KeepExchanges = false,
            OnResult = (result, _) =>
            {
                results.Add(result with { Exchanges = [] });
                return ValueTask.CompletedTask;
            },
        });
        await collector.CollectAsync(request, null, cancellationToken);
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
