using Discovery.CrawlLog;
using Discovery.Credentials;
using Discovery.Pipeline;
using Discovery.Store;
using Discovery.Store.Remote;

namespace Discovery.Cli;

/// <summary>
/// Every exit code <c>discover</c> returns, and the one place that maps results and exceptions to them, so
/// scripts and cron jobs can rely on them.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command ran and everything it touched succeeded (a scan finding 0 BMCs included).</summary>
    public const int Ok = 0;

    /// <summary>The command ran but some targets failed (unreachable BMC, refused login, bad data).</summary>
    public const int SomeTargetsFailed = 1;

    /// <summary>Bad input or usage: unknown option, malformed target, missing file. Nothing was sent.</summary>
    public const int BadInput = 2;

    /// <summary>A local resource failed: state directory not writable, store or log could not be opened.</summary>
    public const int LocalFailure = 3;

    /// <summary>
    /// A remote service the command depends on (SMD, a <c>discover serve</c>) refused or failed the request. In
    /// <c>collect --smd</c> this wins over <see cref="SomeTargetsFailed"/>: the crawl, its log and its rows are
    /// complete whatever SMD did, and 4 tells a script the one thing left to do, <c>discover send</c>.
    /// </summary>
    public const int RemoteFailure = 4;

    /// <summary><c>discover run</c>: the pass ran cleanly and found BMCs or nodes added, removed or changed.</summary>
    public const int ChangesFound = 5;

    /// <summary>
    /// <c>discover run</c>: the boot step failed (BSS or cloud-init refused or did not answer for a node or group, or
    /// the store's boot profiles could not be read). The crawl, its log, the store and SMD steps are done; what is left
    /// is <c>discover boot sync</c>, which is why it is not 4 (that one says <c>discover send</c> is left).
    /// </summary>
    public const int BootFailed = 6;

    /// <summary><c>discover run</c>: another pass holds the run lock; nothing was done (EX_TEMPFAIL: try later).</summary>
    public const int Locked = 75;

    /// <summary>Interrupted by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>A scan: 3 when the crawl log could not be written or the last scan could not be kept.</summary>
    public static int For(ScanJobResult result) => result.SaveFailure is null && result.LogFailure is null ? Ok : LocalFailure;

    /// <summary>
    /// A collect or crawl: the store step's failure first, then the crawl log's, then SMD's, then whether every BMC and every
    /// location-map switch was read (a dead switch is a failed target, as in <c>discover locate</c>). A store step
    /// that failed or refused a record is 3 whether the store is local or a <c>--server</c>'s (as in <c>run</c>):
    /// here 4 says SMD failed and <c>discover send</c> is what is left to do.
    /// </summary>
    public static int For(CollectJobResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Store is { Failed: true })
        {
            return LocalFailure;
        }

        if (result.LogFailure is not null)
        {
            return LocalFailure;
        }

        return result.Smd is { AllOk: false } smd ? For(smd) : result.Run.AllOk && result.FailedSwitches.Count == 0 ? Ok : SomeTargetsFailed;
    }

    /// <summary>An SMD step: 3 when its state could not be kept, 4 when a BMC was not registered.</summary>
    public static int For(SmdStepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.StateFailure is not null ? LocalFailure : result.AllOk ? Ok : RemoteFailure;
    }

    /// <summary>
    /// A <c>discover run</c> pass, most serious first: 75 locked, 3 store step failed or crawl log not written (a full
    /// disk; the store and SMD steps still ran), 4 SMD step failed, 6 boot step (BSS, cloud-init) failed, 1 partial (a BMC or a location-map switch failed, or the deadline hit), 5
    /// clean with changes, 0 clean without.
    /// </summary>
    public static int For(PassResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            null => Locked,
            { StoreFailed: true } => LocalFailure,
            { LogFailure: not null } => LocalFailure,
            { SmdFailed: true } => RemoteFailure,
            { BootFailed: true } => BootFailed,
            { Status: not "complete" } or { SwitchesFailed: > 0 } => SomeTargetsFailed,
            { Changes.HasChanges: true } => ChangesFound,
            _ => Ok,
        };
    }

    /// <summary>
    /// The exit code of a failure a command let through, and the lines to say; null for an unexpected one. A
    /// <see cref="CredentialException"/> here is the secrets store's own (wrong key, damaged file): the commands that
    /// log in to BMCs turn theirs into usage errors first.
    /// </summary>
    public static (int Code, IReadOnlyList<string> Lines)? For(Exception exception) => exception switch
    {
        CliUsageException or InventoryQueryException => (BadInput, [exception.Message]),
        PipelineInputException input => (BadInput, input.Problems),
        InventoryRemoteException => (RemoteFailure, [exception.Message]),
        InventoryStoreException or CredentialException or CrawlLogException => (LocalFailure, [exception.Message]),
        HttpRequestException => (RemoteFailure, [$"the inventory server did not answer: {exception.Message}"]),
        // HttpClient's own timeout is a cancellation too, but nobody pressed Ctrl-C: the server was too slow.
        TaskCanceledException { InnerException: TimeoutException } => (RemoteFailure, [$"the inventory server did not answer in time: {exception.Message}"]),
        OperationCanceledException => (Cancelled, ["cancelled"]),
        _ => null,
    };
}
