using Discovery.Redfish.Collect;
using Discovery.Store;
using Discovery.Store.Remote;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// The store step of collect, crawl and run: upserts the BMCs and nodes into the inventory (the local store or a
/// running <c>discover serve</c>), with the same identity rules and history everywhere. A BMC that was not crawled
/// completely removes nothing. A failure is a value: the crawl and its log are already written.
/// </summary>
internal static class StoreStep
{
    /// <summary>Upserts into <paramref name="opened"/> when the caller opened the store already (it stays open), else opens <paramref name="target"/>.</summary>
    public static async Task<StoreStepResult> UpsertAsync(
        StoreTarget target, IReadOnlyList<BmcCollectResult> results, TimeProvider time, ILogger logger, CancellationToken cancellationToken,
        OpenedStore? opened = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(results);
        IReadOnlyList<string> notes = [];
        try
        {
            (var inventory, notes) = opened is null ? await target.OpenAsync(time, logger, cancellationToken) : (opened.Inventory, opened.Notes);
            using (opened is null ? inventory : null)
            {
                var summary = await inventory.UpsertCollectedAsync([.. results.Select(ToCollected)], cancellationToken);
                return new StoreStepResult { Where = target.Where, Summary = summary, Notes = notes };
            }
        }
        catch (InventoryRemoteException ex)
        {
            return new StoreStepResult { Where = target.Where, Notes = notes, Failure = ex.Message };
        }
        catch (HttpRequestException ex)
        {
            return new StoreStepResult { Where = target.Where, Notes = notes, Failure = $"the inventory server did not answer: {ex.Message}" };
        }
        catch (Exception ex) when (ex is InventoryStoreException or IOException)
        {
            return new StoreStepResult { Where = target.Where, Notes = notes, Failure = ex.Message };
        }
    }

    /// <summary>Two batches' summaries as one.</summary>
    internal static CollectUpsertSummary Sum(CollectUpsertSummary a, CollectUpsertSummary b) => new()
    {
        Added = a.Added + b.Added,
        Changed = a.Changed + b.Changed,
        Removed = a.Removed + b.Removed,
        Unchanged = a.Unchanged + b.Unchanged,
        Refused = [.. a.Refused, .. b.Refused],
        LeftOut = [.. a.LeftOut, .. b.LeftOut],
    };

    /// <summary>A failure after earlier batches went in: says what they kept, so nobody reads it as nothing stored.</summary>
    internal static string Stored(CollectUpsertSummary before, string failure) =>
        before.Added + before.Changed + before.Removed + before.Unchanged > 0
            ? $"{failure} (the batches before it were stored: {before.Added} added, {before.Changed} changed, {before.Removed} removed, {before.Unchanged} unchanged)"
            : failure;

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
