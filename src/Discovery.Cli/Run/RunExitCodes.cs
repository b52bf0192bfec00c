namespace Discovery.Cli.Run;

/// <summary>
/// The exit code of a <c>discover run</c> pass, most serious first: 3 when the store step failed, 4 when the SMD step failed, 1 when the pass
/// was partial (a BMC failed, or the deadline hit), 5 when it ran cleanly and found changes, 0 when it ran
/// cleanly and nothing changed. (2, 3 and 75 are decided before a pass starts.)
/// </summary>
internal static class RunExitCodes
{
    public static int For(PassOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.StoreFailed)
        {
            return ExitCodes.LocalFailure;
        }

        if (outcome.SmdFailed)
        {
            return ExitCodes.RemoteFailure;
        }

        if (outcome.Status != "complete")
        {
            return ExitCodes.SomeTargetsFailed;
        }

        return outcome.Changes.HasChanges ? ExitCodes.ChangesFound : ExitCodes.Ok;
    }
}
