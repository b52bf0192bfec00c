using Discovery.Boot;
using Discovery.Boot.Sessions;
using Discovery.CrawlLog;
using Discovery.Credentials;
using Discovery.Locate;
using Discovery.Power;
using Discovery.Store;
using Discovery.Store.Remote;

namespace Discovery.Pipeline;

/// <summary>The one place that ranks what went wrong in a job's result, most serious first, so every face reports it alike.</summary>
internal static class JobOutcomes
{
    /// <summary>A scan: a local failure when the crawl log could not be written or the last scan could not be kept.</summary>
    public static JobOutcome Of(ScanJobResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.SaveFailure is null && result.LogFailure is null ? JobOutcome.Ok : JobOutcome.LocalFailure;
    }

    /// <summary>
    /// A collect or crawl: the store step's failure first, then the crawl log's, then SMD's, then whether every BMC and every
    /// location-map switch was read (a dead switch is a failed target, as in <c>discover locate</c>). A store step
    /// that failed or refused a record is a local failure whether the store is local or a <c>--server</c>'s (as in a
    /// pass): a remote failure says SMD failed and <c>discover send</c> is what is left to do. The crawl, its log and
    /// its rows are complete whatever SMD did, so SMD's failure wins over failed targets.
    /// </summary>
    public static JobOutcome Of(CollectJobResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Store is { Failed: true } || result.LogFailure is not null)
        {
            return JobOutcome.LocalFailure;
        }

        return result.Smd is { AllOk: false } smd ? Of(smd) : result.Run.AllOk && result.FailedSwitches.Count == 0 ? JobOutcome.Ok : JobOutcome.SomeTargetsFailed;
    }

    /// <summary>An SMD step: a local failure when its state could not be kept, a remote one when a BMC was not registered.</summary>
    public static JobOutcome Of(SmdStepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.StateFailure is not null ? JobOutcome.LocalFailure : result.AllOk ? JobOutcome.Ok : JobOutcome.RemoteFailure;
    }

    /// <summary>
    /// A scheduled pass: locked; the store step failed or the crawl log was not written (a full disk; the store and
    /// SMD steps still ran); the SMD step failed; the boot step failed; partial (a BMC or a location-map switch failed, or the deadline
    /// hit); clean with changes; clean without.
    /// </summary>
    public static JobOutcome Of(PassResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            null => JobOutcome.Locked,
            { StoreFailed: true } => JobOutcome.LocalFailure,
            { LogFailure: not null } => JobOutcome.LocalFailure,
            { SmdFailed: true } => JobOutcome.RemoteFailure,
            { BootFailed: true } => JobOutcome.BootFailed,
            { Status: not "complete" } or { SwitchesFailed: > 0 } => JobOutcome.SomeTargetsFailed,
            { Changes.HasChanges: true } => JobOutcome.ChangesFound,
            _ => JobOutcome.Ok,
        };
    }

    /// <summary>
    /// A failure a job let through, with the lines to say; null for an unexpected one. A <see cref="CredentialException"/>
    /// here is the secrets store's own (wrong key, damaged file): the jobs that log in to BMCs turn theirs into bad input first.
    /// </summary>
    public static (JobOutcome Outcome, IReadOnlyList<string> Lines)? Of(Exception exception) => exception switch
    {
        InventoryQueryException => (JobOutcome.BadInput, [exception.Message]),
        PipelineInputException input => (JobOutcome.BadInput, input.Problems),
        InventoryRemoteException => (JobOutcome.RemoteFailure, [exception.Message]),
        InventoryStoreException or CredentialException or CrawlLogException => (JobOutcome.LocalFailure, [exception.Message]),
        HttpRequestException => (JobOutcome.RemoteFailure, [$"the inventory server did not answer: {exception.Message}"]),
        // HttpClient's own timeout is a cancellation too, but nobody pressed Ctrl-C: the server was too slow.
        TaskCanceledException { InnerException: TimeoutException } => (JobOutcome.RemoteFailure, [$"the inventory server did not answer in time: {exception.Message}"]),
        OperationCanceledException => (JobOutcome.Cancelled, ["cancelled"]),
        _ => null,
    };

    /// <summary>A boot session: ok only when it completed; failed or cancelled is a failed target.</summary>
    public static JobOutcome Of(BootSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Status == BootSessionStatus.Completed ? JobOutcome.Ok : JobOutcome.SomeTargetsFailed;
    }

    /// <summary>A power action: ok only when every node is.</summary>
    public static JobOutcome Of(IReadOnlyList<NodePowerResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.All(r => r.Status == PowerStatus.Ok) ? JobOutcome.Ok : JobOutcome.SomeTargetsFailed;
    }

    /// <summary>A boot sync: a remote failure when BSS or cloud-init failed for any node or group.</summary>
    public static JobOutcome Of(IReadOnlyList<BootSyncResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Any(r => r.Failed) ? JobOutcome.RemoteFailure : JobOutcome.Ok;
    }

    /// <summary>A locate pass: a switch that could not be read is a failed target (the others still count).</summary>
    public static JobOutcome Of(LocateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.AnySwitchFailed ? JobOutcome.SomeTargetsFailed : JobOutcome.Ok;
    }
}
