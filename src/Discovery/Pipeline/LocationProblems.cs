namespace Discovery.Pipeline;

/// <summary>The location map's problems of one collect as lines: failed switches, then unplaced BMCs with their MAC.</summary>
internal static class LocationProblems
{
    /// <summary>The lines for <paramref name="sequence"/>'s switches and <paramref name="results"/>; empty without a location map.</summary>
    public static IReadOnlyList<string> Describe(CollectSequence sequence, IReadOnlyList<Redfish.Collect.BmcCollectResult> results)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        return Describe(sequence.FailedSwitches, sequence.Unplaced(results));
    }

    /// <summary>The lines for <paramref name="failedSwitches"/> and <paramref name="unplaced"/>.</summary>
    public static IReadOnlyList<string> Describe(IReadOnlyList<Locate.SwitchTable> failedSwitches, IReadOnlyList<UnplacedBmc> unplaced)
    {
        ArgumentNullException.ThrowIfNull(failedSwitches);
        ArgumentNullException.ThrowIfNull(unplaced);
        return
        [
            .. failedSwitches.Select(s => $"switch {s.Switch}: {s.Error}"),
            .. unplaced.Select(u => $"unplaced BMC {u.Endpoint} (MAC {u.Mac ?? "unknown"}): {u.Reason}; named {u.Xname} (derived)"),
        ];
    }
}
