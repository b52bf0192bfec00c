using Discovery.Pipeline;
using Discovery.Pipeline.Reports;
using Discovery.Smd.Sending;

namespace Discovery.Cli.Output;

/// <summary>
/// Writes what the store, SMD and boot steps say (<see cref="StepReportLines"/>) on standard error, and for an SMD dry run
/// the planned writes on standard output, alike for collect, crawl, run and send.
/// </summary>
internal static class StepReports
{
    /// <summary>What collect and crawl say after their BMCs: the location problems, the crawl log's failure, the store step.</summary>
    public static async Task WriteCollectStepsAsync(TextWriter error, CollectJobResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        await WriteLocationAsync(error, LocationProblems.Describe(result.FailedSwitches, result.Unplaced), "discover: ", cancellationToken);
        await WriteLogFailureAsync(error, result.LogFailure, "discover: ", cancellationToken);
        await WriteStoreAsync(error, result.Store, "discover: ", cancellationToken);
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

    /// <summary>The store step's lines (<see cref="StepReportLines.Store"/>), if it ran.</summary>
    public static Task WriteStoreAsync(TextWriter error, StoreStepResult? store, string failurePrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        return store is null ? Task.CompletedTask : WriteLinesAsync(error, StepReportLines.Store(store, failurePrefix), cancellationToken);
    }

    /// <summary>The boot step (<c>discover run</c>): a line per failure after <paramref name="prefix"/>, then its summary; nothing when it was not configured.</summary>
    public static Task WriteBootAsync(TextWriter error, BootStepResult? boot, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        return boot is null ? Task.CompletedTask : WriteLinesAsync(error, [.. boot.ProblemLines().Select(l => prefix + l), boot.Summary()], cancellationToken);
    }

    /// <summary>The SMD step: warnings, a line per failure reason (unless <paramref name="perBmc"/> shows each BMC), the summary.</summary>
    public static async Task WriteSmdAsync(CliContext context, SmdStepResult? smd, Func<SmdSendResult, Task>? perBmc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (smd is null)
        {
            return;
        }

        await WriteLinesAsync(context.Error, StepReportLines.SmdWarnings(smd), cancellationToken);
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
            await WriteLinesAsync(context.Error, StepReportLines.SmdFailures(sent), cancellationToken);
        }

        await context.Error.WriteLineAsync(StepReportLines.SmdSummary(sent, smd.DryRun).AsMemory(), cancellationToken);
    }

    private static async Task WriteLinesAsync(TextWriter writer, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }
}
