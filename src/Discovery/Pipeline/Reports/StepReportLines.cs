using Discovery.Smd.Sending;

namespace Discovery.Pipeline.Reports;

/// <summary>
/// What the store and SMD steps have to say, as lines for standard error, alike for collect, crawl, run and send.
/// Never a token or a password: the results hold none.
/// </summary>
internal static class StepReportLines
{
    /// <summary><c>store: 2 added, 1 changed, 0 removed, 5 unchanged in WHERE</c> and a line per refused record, or the failure; none without a store step.</summary>
    public static IReadOnlyList<string> Store(StoreStepResult? store, string failurePrefix)
    {
        if (store is null)
        {
            return [];
        }

        var lines = store.Notes.Select(n => "discover: " + n).ToList();
        if (store.Summary is { } summary)
        {
            lines.Add($"store: {summary.Added} added, {summary.Changed} changed, {summary.Removed} removed, {summary.Unchanged} unchanged in {store.Where}");
            lines.AddRange(summary.LeftOut.Select(l => $"store: kept {l}"));
            lines.AddRange(summary.Refused.Select(r => $"store: could not store {r}"));
        }
        else
        {
            lines.Add(failurePrefix + store.Failure);
        }

        return lines;
    }

    /// <summary>The SMD step's warnings.</summary>
    public static IReadOnlyList<string> SmdWarnings(SmdStepResult smd)
    {
        ArgumentNullException.ThrowIfNull(smd);
        return [.. smd.Warnings.Select(w => $"discover: warning: {w}")];
    }

    /// <summary><c>smd: 50 BMCs: 1 created, 2 updated, 47 unchanged, 0 failed (URL)</c>, or the dry run's counts.</summary>
    public static string SmdSummary(SmdSendResult result, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(result);
        var counts = dryRun
            ? $"{result.Count(SmdAction.WouldSend)} would be sent ({result.Planned.Count} writes), {result.Count(SmdAction.Unchanged)} unchanged, " +
              $"{result.Count(SmdAction.Failed)} failed; dry run, nothing sent"
            : $"{result.Count(SmdAction.Created)} created, {result.Count(SmdAction.Updated)} updated, {result.Count(SmdAction.Unchanged)} unchanged, " +
              $"{result.Count(SmdAction.Failed)} failed";
        return $"smd: {result.Results.Count} BMCs: {counts} ({result.Smd})";
    }

    /// <summary>
    /// One line per reason a BMC was not registered: SMD being down fails every BMC alike and is said once, with
    /// the first three BMCs named.
    /// </summary>
    public static IReadOnlyList<string> SmdFailures(SmdSendResult sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return
        [
            .. sent.Results.Where(r => r.Action == SmdAction.Failed).GroupBy(r => r.Detail).Select(reason =>
            {
                var names = reason.Select(r => r.Xname ?? r.Bmc).ToList();
                var who = names.Count == 1
                    ? $"{reason.First().Xname ?? "-"} ({reason.First().Bmc})"
                    : $"{names.Count} BMCs ({string.Join(", ", names.Take(3))}{(names.Count > 3 ? ", ..." : string.Empty)})";
                return $"smd: {who}: {reason.Key}";
            }),
        ];
    }
}
