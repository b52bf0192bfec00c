using Discovery.Pipeline;

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

    /// <summary>A scan's exit code (<see cref="JobOutcomes"/> ranks its failures).</summary>
    public static int For(ScanJobResult result) => For(JobOutcomes.Of(result));

    /// <summary>A collect's or crawl's: 3 store or crawl log, then 4 SMD, then 1 a BMC or switch (<see cref="JobOutcomes"/>).</summary>
    public static int For(CollectJobResult result) => For(JobOutcomes.Of(result));

    /// <summary>An SMD step's: 3 when its state could not be kept, 4 when a BMC was not registered.</summary>
    public static int For(SmdStepResult result) => For(JobOutcomes.Of(result));

    /// <summary>A <c>discover run</c> pass's, most serious first: 75, 3, 4, 6, 1, 5, 0 (<see cref="JobOutcomes"/>).</summary>
    public static int For(PassResult result) => For(JobOutcomes.Of(result));

    /// <summary>The exit code of a job's outcome (<see cref="JobOutcomes"/> decides it).</summary>
    public static int For(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Ok => Ok,
        JobOutcome.SomeTargetsFailed => SomeTargetsFailed,
        JobOutcome.LocalFailure => LocalFailure,
        JobOutcome.RemoteFailure => RemoteFailure,
        JobOutcome.ChangesFound => ChangesFound,
        JobOutcome.BootFailed => BootFailed,
        JobOutcome.BadInput => BadInput,
        JobOutcome.Cancelled => Cancelled,
        _ => Locked,
    };

    /// <summary>The exit code of a failure a command let through, and the lines to say; null for an unexpected one (<see cref="JobOutcomes"/>).</summary>
    public static (int Code, IReadOnlyList<string> Lines)? For(Exception exception) =>
        exception is CliUsageException ? (BadInput, [exception.Message])
        : JobOutcomes.Of(exception) is { } failure ? (For(failure.Outcome), failure.Lines)
        : null;
}
