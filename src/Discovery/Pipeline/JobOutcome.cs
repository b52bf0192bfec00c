namespace Discovery.Pipeline;

/// <summary>How a job ended, as <see cref="JobOutcomes"/> ranks it; <c>discover</c> gives each its own exit code.</summary>
internal enum JobOutcome
{
    /// <summary>Everything the job touched succeeded (a scan finding 0 BMCs included).</summary>
    Ok,

    /// <summary>Some targets failed (unreachable BMC, refused login, bad data, a location-map switch), or a pass was cut short.</summary>
    SomeTargetsFailed,

    /// <summary>A local resource failed: the state directory, the store, or the crawl log (a full disk).</summary>
    LocalFailure,

    /// <summary>A remote service the job depends on (SMD) refused or failed the request.</summary>
    RemoteFailure,

    /// <summary>A scheduled pass ran cleanly and found BMCs or nodes added, removed or changed.</summary>
    ChangesFound,

    /// <summary>
    /// A scheduled pass's boot step failed (BSS or cloud-init refused a node or group, or the store's boot profiles
    /// could not be read); the crawl, store and SMD steps are done and <c>discover boot sync</c> is what is left.
    /// </summary>
    BootFailed,

    /// <summary>Another pass holds the run lock; nothing was done.</summary>
    Locked,

    /// <summary>Bad input (a malformed target, an unknown record, unusable settings); nothing was sent.</summary>
    BadInput,

    /// <summary>Interrupted (Ctrl-C or SIGTERM).</summary>
    Cancelled,
}
