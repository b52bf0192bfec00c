using Discovery.Credentials;
using Microsoft.Extensions.Logging;
using Discovery.CrawlLog;

namespace Discovery.Pipeline;

/// <summary>
/// The entry point of <c>discover collect</c> and <c>discover crawl</c>: starts a crawl-log run (kind
/// <c>collect</c>), runs the <see cref="CollectSequence"/> into it, completes it (<c>partial</c> when a BMC was not
/// ok) while the store and SMD steps run. The local store is opened first (a store held by another process stops the
/// job before any request); finished BMCs go into it during the crawl (<see cref="StoreFeed"/>); a log that cannot
/// be written (a full disk) is reported, and the crawl still stored.
/// </summary>
internal sealed class CollectJob
{
    private readonly ICredentialProvider _credentials;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;

    /// <summary>Creates the job over its dependencies.</summary>
    public CollectJob(ICredentialProvider credentials, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _credentials = credentials;
        _time = time;
        _loggerFactory = loggerFactory;
    }

    /// <exception cref="PipelineInputException">The id map is bad (nothing was sent).</exception>
    /// <exception cref="Store.InventoryStoreLockedException">Another process holds the local store (nothing was sent).</exception>
    public async Task<CollectJobResult> RunAsync(CollectJobRequest request, IJobProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress ??= NoProgress.Instance;
        var sequence = await CollectSequence.CreateAsync(request.Plan, _credentials, _time, _loggerFactory, cancellationToken);
        using var opened = await sequence.OpenLocalStoreAsync(cancellationToken);
        Redfish.Collect.CollectResult run;
        string? runId = null;
        string? logFailure = null;
        Task<(StoreStepResult? Store, SmdStepResult? Smd)> publishing;
        var storeFeed = sequence.StartStoreFeed(opened, request.Targets.Count, cancellationToken);
        try
        {
            await using (var logging = request.LogDirectory is { } directory
                ? CollectLogging.Start(directory, "collect", _time, request.Description, progress, _loggerFactory.CreateLogger<CrawlLogWriter>())
                : null)
            {
                run = await sequence.CollectAsync(request.Targets, logging, progress, cancellationToken, storeFeed);
                // The store and SMD steps need nothing from the log's last rows: they run while those are written
                // (every exchange is in the log's writer already), which took the end of a collect off its wall time.
                publishing = Task.Run(() => PublishAndCloseAsync(sequence, run.Results, opened, storeFeed, cancellationToken), CancellationToken.None);
                if (logging is not null)
                {
                    runId = logging.RunId;
                    await Task.WhenAll(logging.CompleteAsync(cancellationToken), publishing);
                    logFailure = logging.Failure;
                }
            }
        }
        finally
        {
            // The feed writes into the opened store: it ends (its last batch merged, or cancelled) before the store closes.
            if (storeFeed is not null)
            {
                await storeFeed.EndAsync();
            }
        }

        var (store, smd) = await publishing;
        return new CollectJobResult
        {
            Run = run, RunId = runId, LogFailure = logFailure, Store = store, Smd = smd,
            FailedSwitches = sequence.FailedSwitches, Unplaced = sequence.Unplaced(run.Results),
        };
    }

    // The store steps, then the store closed while the crawl log may still write its last rows: DuckDB checkpoints the
    // working set and stops its threads on close, which took 0.5-0.9 s after a 1,000-BMC collect at load 60 (strace: WAL
    // fsync, file fsync, WAL unlink, then 0.75 s until its last thread ended) and came after the log's 0.9 s, not beside it.
    // Every row is committed before (the feed ends first); the job's own dispose then finds it closed.
    private static async Task<(StoreStepResult? Store, SmdStepResult? Smd)> PublishAndCloseAsync(
        CollectSequence sequence, IReadOnlyList<Redfish.Collect.BmcCollectResult> results, OpenedStore? opened, StoreFeed? storeFeed,
        CancellationToken cancellationToken)
    {
        try
        {
            return await sequence.PublishAsync(results, opened, cancellationToken, storeFeed);
        }
        finally
        {
            if (storeFeed is not null)
            {
                await storeFeed.EndAsync();
            }

            opened?.Dispose();
        }
    }
}
