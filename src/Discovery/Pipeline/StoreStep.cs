using Discovery.Redfish.Collect;
using Discovery.Store;

namespace Discovery.Cli.Pipeline;

/// <summary>
/// After a collect or crawl, upserts its BMCs and nodes into the inventory store and says on stderr what changed
/// (<c>store: 2 added, 1 changed, 0 removed, 5 unchanged</c>). A BMC that was not crawled completely removes nothing.
/// </summary>
internal static class InventoryUpsert
{
    /// <exception cref="InventoryStoreLockedException">A running <c>discover serve</c> holds the store (use --server).</exception>
    public static async Task<CollectUpsertSummary?> RunAsync(
        CliContext context, CollectStoreOptions options, System.CommandLine.ParseResult parseResult, CollectResult run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        if (await options.OpenAsync(context, parseResult, cancellationToken) is not var (inventory, where))
        {
            return null;
        }

        using var store = inventory;
        var summary = await store.UpsertCollectedAsync([.. run.Results.Select(ToCollected)], cancellationToken);
        await ReportAsync(context, summary, where, cancellationToken);
        return summary;
    }

    /// <summary><c>store: 2 added, 1 changed, 0 removed, 5 unchanged in WHERE</c>, and a line per refused record.</summary>
    internal static async Task ReportAsync(CliContext context, CollectUpsertSummary summary, string where, CancellationToken cancellationToken)
    {
        await context.Error.WriteLineAsync(
            $"store: {summary.Added} added, {summary.Changed} changed, {summary.Removed} removed, {summary.Unchanged} unchanged in {where}".AsMemory(),
            cancellationToken);
        foreach (var refused in summary.Refused)
        {
            await context.Error.WriteLineAsync($"store: refused {refused}".AsMemory(), cancellationToken);
        }
    }

    internal static CollectedBmc ToCollected(BmcCollectResult result) => new()
    {
        Address = result.Target.Host,
        Port = result.Target.Port,
        Complete = result.Status == BmcCollectStatus.Ok,
        Status = BmcCollectStatusNames.Of(result.Status),
        Bmc = result.Bmc,
        Nodes = result.Nodes,
    };
}
