using System.Threading.Channels;
using Discovery.Redfish.Collect;
using Discovery.Store;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// The store step of <c>discover collect</c> run while the crawl goes on: each finished BMC is queued, and the BMCs
/// queued are merged into the opened local store a batch at a time (each batch one transaction, with the identity
/// rules and history of <see cref="InventoryStore.UpsertCollectedAsync"/>). Removals stay per BMC, so batches change
/// nothing in what is kept; they take the merge (about 2 s for 1,000 BMCs) off the end of the command, where it was
/// the longest step after the crawl (issue 14). A batch that fails stops the feed: what was merged stays, the rest
/// is reported as the step's failure, and the crawl log keeps every BMC either way.
/// </summary>
internal sealed partial class StoreFeed
{
    private readonly Channel<CollectedBmc> _queue = Channel.CreateUnbounded<CollectedBmc>(new UnboundedChannelOptions { SingleReader = true });
    private readonly OpenedStore _opened;
    private readonly string _where;
    private readonly int _batch;
    private readonly ILogger _logger;
    private readonly Task<StoreStepResult> _storing;

    private StoreFeed(OpenedStore opened, string where, int batch, ILogger logger, CancellationToken cancellationToken)
    {
        _logger = logger;
        _opened = opened;
        _where = where;
        _batch = batch;
        _storing = Task.Run(() => StoreAsync(cancellationToken), CancellationToken.None);
    }

    /// <summary>
    /// Starts merging into <paramref name="opened"/>. A batch waits for at least one wave of
    /// <paramref name="parallel"/> BMCs (and a sixteenth of the fleet), so a large store's lookups are read a bounded
    /// number of times.
    /// </summary>
    public static StoreFeed Start(OpenedStore opened, string where, int targets, int parallel, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        return new StoreFeed(opened, where, Math.Max(Math.Max(parallel, 1), targets / 16), logger, cancellationToken);
    }

    /// <summary>Queues a finished BMC (its records only).</summary>
    public void Add(BmcCollectResult result) => _queue.Writer.TryWrite(StoreStep.ToCollected(result));

    /// <summary>Merges what is still queued and returns what the whole step did.</summary>
    public Task<StoreStepResult> CompleteAsync()
    {
        _queue.Writer.TryComplete();
        return _storing;
    }

    /// <summary>
    /// Ends the feed and waits until it writes no more (its last batch merged, or cancelled), without its failure:
    /// that is <see cref="CompleteAsync"/>'s to report. The opened store must not close before this ends.
    /// </summary>
    public async Task EndAsync() => await ((Task)CompleteAsync()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private async Task<StoreStepResult> StoreAsync(CancellationToken cancellationToken)
    {
        var reader = _queue.Reader;
        var batch = new List<CollectedBmc>();
        CollectUpsertSummary total = new();
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                while (reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                if (batch.Count >= _batch)
                {
                    total = await MergeAsync(total, batch, cancellationToken);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                total = await MergeAsync(total, batch, cancellationToken);
            }

            return new StoreStepResult { Where = _where, Summary = total, Notes = _opened.Notes };
        }
        catch (Exception ex) when (ex is InventoryStoreException or IOException)
        {
            _queue.Writer.TryComplete();
            return new StoreStepResult { Where = _where, Notes = _opened.Notes, Failure = StoreStep.Stored(total, ex.Message) };
        }
    }

    private async Task<CollectUpsertSummary> MergeAsync(CollectUpsertSummary total, IReadOnlyList<CollectedBmc> batch, CancellationToken cancellationToken)
    {
        var summary = await _opened.Inventory.UpsertCollectedAsync(batch, cancellationToken);
        LogBatchStored(_logger, batch.Count, summary.Added, summary.Changed, summary.Removed, summary.Unchanged);
        return StoreStep.Sum(total, summary);
    }

    [LoggerMessage(EventId = PipelineLogEvents.StoreBatch, Level = LogLevel.Debug, Message = "Stored a batch of {Count} BMC(s): {Added} added, {Changed} changed, {Removed} removed, {Unchanged} unchanged")]
    private static partial void LogBatchStored(ILogger logger, int count, int added, int changed, int removed, int unchanged);
}
