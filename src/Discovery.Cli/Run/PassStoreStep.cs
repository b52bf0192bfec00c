using Discovery.Cli.Commands;
using Discovery.Cli.Pipeline;
using Discovery.Store;

namespace Discovery.Cli.Run;

/// <summary>
/// The store step of <c>discover run</c>: upserts what the pass read into the inventory store (or a running
/// <c>discover serve</c>), with the same identity rules and history as <c>collect</c>. A BMC the pass could not
/// read completely removes none of its nodes.
/// </summary>
internal static class PassStoreStep
{
    /// <summary>True when the records are in the store; a failure is said on <paramref name="context"/>'s error writer.</summary>
    public static async Task<bool> RunAsync(CliContext context, PassPlan plan, PassOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outcome);
        if (plan.DataDirectory is null)
        {
            return true;
        }

        try
        {
            using var inventory = await InventoryOptions.OpenAsync(context, plan.Server, plan.ServerTokenFile, plan.DataDirectory, cancellationToken);
            var summary = await inventory.UpsertCollectedAsync([.. outcome.Results.Select(InventoryUpsert.ToCollected)], cancellationToken);
            await InventoryUpsert.ReportAsync(context, summary, plan.Server ?? plan.DataDirectory, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is InventoryStoreException or HttpRequestException or IOException)
        {
            // The crawl and its log are already written; the next pass (or 'discover collect') catches up.
            await context.Error.WriteLineAsync($"discover run: store: {ex.Message}".AsMemory(), cancellationToken);
            return false;
        }
    }
}
