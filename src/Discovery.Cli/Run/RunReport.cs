using System.Globalization;
using Discovery.Storage.Analysis;

namespace Discovery.Cli.Run;

/// <summary>The machine-readable report of a pass (<c>discover run -o json</c>).</summary>
internal sealed record RunReport
{
    public required string RunId { get; init; }

    public required string Status { get; init; }

    public bool DeadlineHit { get; init; }

    public ulong AddressesScanned { get; init; }

    public int BmcsFound { get; init; }

    public int BmcsOk { get; init; }

    public int BmcsFailed { get; init; }

    public int Nodes { get; init; }

    public IReadOnlyList<string> Failures { get; init; } = [];

    public IReadOnlyList<string> RemovedPartitions { get; init; } = [];

    public required CrawlChangeReport Changes { get; init; }

    public double ElapsedSeconds { get; init; }

    public static RunReport From(PassOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new RunReport
        {
            RunId = outcome.RunId,
            Status = outcome.Status,
            DeadlineHit = outcome.DeadlineHit,
            AddressesScanned = outcome.AddressesScanned,
            BmcsFound = outcome.BmcsFound,
            BmcsOk = outcome.BmcsOk,
            BmcsFailed = outcome.BmcsFailed,
            Nodes = outcome.Nodes,
            Failures = outcome.Failures,
            RemovedPartitions = outcome.RemovedPartitions,
            Changes = outcome.Changes,
            ElapsedSeconds = Math.Round(outcome.Elapsed.TotalSeconds, 3),
        };
    }

    /// <summary>The lines for standard error: what ran, what failed, what changed.</summary>
    public static IEnumerable<string> Summary(PassOutcome outcome, PassPlan plan)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(plan);
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"run {outcome.RunId} ({outcome.Status}): scanned {outcome.AddressesScanned} addresses, {outcome.BmcsFound} BMCs, {outcome.BmcsOk} ok, {outcome.BmcsFailed} failed, {outcome.Nodes} nodes in {outcome.Elapsed.TotalSeconds:0.0} s; log in {plan.LogDirectory}");
        if (outcome.DeadlineHit)
        {
            yield return $"run {outcome.RunId}: stopped at the deadline ({Core.Configuration.DurationText.Format(plan.Deadline!.Value)}); what was read is written, the run is marked partial";
        }

        foreach (var failure in outcome.Failures)
        {
            yield return "  failed: " + failure;
        }

        if (outcome.RemovedPartitions.Count > 0)
        {
            yield return $"retention: removed {outcome.RemovedPartitions.Count} log partitions older than {plan.KeepDays} days";
        }

        var counts = outcome.Changes.Counts;
        yield return counts.Count == 0
            ? "changes: none" + (outcome.Changes.PreviousRunId is null ? string.Empty : " since run " + outcome.Changes.PreviousRunId)
            : "changes: " + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}"));
    }
}
