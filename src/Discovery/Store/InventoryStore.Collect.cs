namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    /// <summary>
    /// Takes in what a collect run found, in one transaction: each BMC and node is matched to the stored one by
    /// the identity rules (<see cref="CollectMerger"/>), stored with first_seen kept and last_seen moved, and a
    /// history event is recorded per change. A completely crawled BMC's nodes that were not found again are
    /// removed; a partial or failed crawl removes nothing and only updates the BMC's <c>last_crawl_status</c>.
    /// </summary>
    public Task<CollectUpsertSummary> UpsertCollectedAsync(IReadOnlyList<CollectedBmc> collected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collected);
        return WriteAsync("collect", tx => new CollectMerger(this, tx).Merge(collected, cancellationToken), _ => true, cancellationToken);
    }
}
