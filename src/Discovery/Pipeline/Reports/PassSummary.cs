using System.Globalization;

namespace Discovery.Pipeline.Reports;

/// <summary>The lines <c>discover run</c> writes to standard error: what ran, what failed, what changed.</summary>
internal static class PassSummary
{
    /// <summary>The lines for standard error: what ran, what failed, what changed.</summary>
    public static IEnumerable<string> Lines(PassOutcome outcome, PassPlan plan)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(plan);
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"run {outcome.RunId} ({outcome.Status}): scanned {outcome.AddressesScanned} addresses, {outcome.BmcsFound} BMCs, {outcome.BmcsOk} ok, {outcome.BmcsFailed} failed, {outcome.Nodes} nodes in {outcome.Elapsed.TotalSeconds:0.0} s; log in {plan.LogDirectory}");
        if (outcome.DeadlineHit)
        {
            yield return $"run {outcome.RunId}: stopped at the deadline ({Configuration.DurationText.Format(plan.Deadline!.Value)}); what was read is written, the run is marked partial";
        }

        foreach (var failure in outcome.Failures)
        {
            yield return "  failed: " + failure;
        }

        if (outcome.RemovedPartitions.Count > 0)
        {
            yield return $"retention: removed {outcome.RemovedPartitions.Count} log partitions older than {plan.KeepDays} days";
        }

        if (outcome.Changes is not { } changes)
        {
            yield return "changes: not reported: the crawl log of this run could not be written, and the report compares it with the earlier runs";
            yield break;
        }

        var counts = changes.Counts;
        yield return counts.Count == 0
            ? "changes: none" + (changes.PreviousRunId is null ? string.Empty : " since run " + changes.PreviousRunId)
            : "changes: " + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}"));
    }
}
