namespace Discovery.Cli;

/// <summary>
/// Every exit code <c>discover</c> returns, in one place so scripts and cron jobs can rely on them.
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
    /// A remote service the command depends on (for example SMD) refused or failed the request: in <c>send</c> and
    /// <c>collect --smd</c>, at least one BMC could not be registered (SMD down, a 4xx, a read-back that disagrees).
    /// </summary>
    /// <remarks>
    /// In <c>collect --smd</c> this wins over <see cref="SomeTargetsFailed"/>: the crawl, its log and its rows are
    /// complete whatever SMD did, and 4 tells a script the one thing left to do, <c>discover send</c>, which
    /// registers the newest collect run (the BMCs that failed the crawl show in the rows either way).
    /// </remarks>
    public const int RemoteFailure = 4;

    /// <summary><c>discover run</c>: the pass ran cleanly and found BMCs or nodes added, removed or changed.</summary>
    public const int ChangesFound = 5;

    /// <summary><c>discover run</c>: another pass holds the run lock; nothing was done (EX_TEMPFAIL: try later).</summary>
    public const int Locked = 75;

    /// <summary>Interrupted by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
