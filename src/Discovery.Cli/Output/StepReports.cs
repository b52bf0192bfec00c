using Discovery.Pipeline;
using Discovery.Smd.Sending;

namespace Discovery.Cli.Output;

/// <summary>
/// What the store and SMD steps say on standard error (and, for an SMD dry run, the planned writes on standard
/// output), alike for collect, crawl, run and send. Never a token or a password: the results hold none.
/// </summary>
internal static class StepReports
{
    /// <summary><c>discover: crawl log: could not write FILE: the disk is full (...)</c> when the collect's log failed.</summary>
    public static Task WriteLogFailureAsync(TextWriter error, CollectJobResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(result);
        return WriteLogFailureAsync(error, result.LogFailure, "discover: ", cancellationToken);
    }

    /// <summary><paramref name="prefix"/> and the crawl log's failure (it names the file), when there is one.</summary>
    public static Task WriteLogFailureAsync(TextWriter error, string? failure, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        return failure is null ? Task.CompletedTask : WriteLinesAsync(error, [prefix + failure], cancellationToken);
    }

    /// <summary>
    /// A line per location-map switch that could not be read, and per BMC that answered but could not be placed
    /// (with its MAC and why), after <paramref name="prefix"/>.
    /// </summary>
    public static Task WriteLocationAsync(TextWriter error, IReadOnlyList<string> problems, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(problems);
        return WriteLinesAsync(error, [.. problems.Select(p => prefix + p)], cancellationToken);
    }

    /// <summary><c>store: 2 added, 1 changed, 0 removed, 5 unchanged in WHERE</c> and a line per refused record, or the failure.</summary>
    public static async Task WriteStoreAsync(TextWriter error, StoreStepResult? store, string failurePrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (store is null)
        {
            return;
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

        await WriteLinesAsync(error, lines, cancellationToken);
    }

    /// <summary>The SMD step: warnings, a line per failure reason (unless <paramref name="perBmc"/> shows each BMC), the summary.</summary>
    public static async Task WriteSmdAsync(CliContext context, SmdStepResult? smd, Func<SmdSendResult, Task>? perBmc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (smd is null)
        {
            return;
        }

        await WriteLinesAsync(context.Error, [.. smd.Warnings.Select(w => $"discover: warning: {w}")], cancellationToken);
        if (smd.Sent is not { } sent)
        {
            await context.Error.WriteLineAsync($"discover: smd: {smd.StateFailure}".AsMemory(), cancellationToken);
            return;
        }

        if (smd.DryRun)
        {
            await WriteLinesAsync(context.Output, [.. sent.Planned.Select(p => OutputRenderer.SerializeLine(p, CliJsonContext.Default.SmdPlannedRequest))], cancellationToken);
        }
        else if (perBmc is not null)
        {
            await perBmc(sent);
        }
        else
        {
            await WriteLinesAsync(context.Error, FailureLines(sent), cancellationToken);
        }

        await context.Error.WriteLineAsync(Summary(sent, smd.DryRun).AsMemory(), cancellationToken);
    }

    /// <summary><c>smd: 50 BMCs: 1 created, 2 updated, 47 unchanged, 0 failed (URL)</c>, or the dry run's counts.</summary>
    internal static string Summary(SmdSendResult result, bool dryRun)
    {
        var counts = dryRun
            ? $"{result.Count(SmdAction.WouldSend)} would be sent ({result.Planned.Count} writes), {result.Count(SmdAction.Unchanged)} unchanged, " +
              $"{result.Count(SmdAction.Failed)} failed; dry run, nothing sent"
            : $"{result.Count(SmdAction.Created)} created, {result.Count(SmdAction.Updated)} updated, {result.Count(SmdAction.Unchanged)} unchanged, " +
              $"{result.Count(SmdAction.Failed)} failed";
        return $"smd: {result.Results.Count} BMCs: {counts} ({result.Smd})";
    }

    // One line per reason: SMD being down fails every BMC alike and is said once.
    private static List<string> FailureLines(SmdSendResult sent) =>
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

    private static async Task WriteLinesAsync(TextWriter writer, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }
}
