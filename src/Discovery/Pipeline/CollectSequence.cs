using System.Collections.Concurrent;
using Discovery.Credentials;
using Discovery.Locate;
using Discovery.Records.Xnames;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Mapping;
using Microsoft.Extensions.Logging;
using Discovery.Store;

namespace Discovery.Pipeline;

/// <summary>
/// The one collect sequence of collect, crawl and each <c>discover run</c> pass:
/// 1. the collector walks the BMCs, each exchange and record going to the crawl log when there is one;
/// 2. the records are upserted into the store (<c>discover collect</c> does it during the crawl, a batch of finished
///    BMCs at a time: <see cref="StoreFeed"/>);
/// 3. then registered with SMD. Steps 2 and 3 report failures as values, so the crawl is never lost.
/// </summary>
internal sealed partial class CollectSequence
{
    private readonly CollectPlan _plan;
    private readonly ICredentialProvider _credentials;
    private readonly IXnameAssigner _xnames;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly ConcurrentQueue<BmcCollectResult> _finished = new();

    private CollectSequence(CollectPlan plan, ICredentialProvider credentials, IXnameAssigner xnames, LocateReport? located, TimeProvider time, ILoggerFactory loggers)
    {
        Located = located;
        _plan = plan;
        _credentials = credentials;
        _xnames = xnames;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<CollectSequence>();
    }

    /// <summary>What the location map's switches said, or null without a location map.</summary>
    public LocateReport? Located { get; }

    /// <summary>The location map's switches that could not be read; empty without a location map.</summary>
    public IReadOnlyList<SwitchTable> FailedSwitches => Located?.FailedSwitches ?? [];

    /// <summary>Every BMC finished so far (records, no exchanges), also after a cancelled <see cref="CollectAsync"/>.</summary>
    public IReadOnlyList<BmcCollectResult> Finished => [.. _finished];

    /// <summary>
    /// A sequence over <paramref name="plan"/>; a bad id map or location map is a <see cref="PipelineInputException"/>
    /// before any BMC or switch is contacted. With a location map its switches are walked here, before any BMC.
    /// </summary>
    public static async Task<CollectSequence> CreateAsync(
        CollectPlan plan, ICredentialProvider credentials, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(credentials);
        // The id map is checked first, so a bad one stops the job before any switch is contacted.
        _ = await IdMapAssigner.CreateAsync(plan.IdMapPath, cancellationToken);
        LocateReport? located = null;
        if (plan.LocationMapPath is { } path)
        {
            var map = await LocateJob.LoadMapAsync(path, cancellationToken);
            located = await LocateJob.RunAsync(map, plan.UplinkMacThreshold, credentials as ISecretEntries, time, loggers, cancellationToken);
        }

        var xnames = await IdMapAssigner.CreateAsync(plan.IdMapPath, located, cancellationToken);
        return new CollectSequence(plan, credentials, xnames, located, time, loggers);
    }

    /// <summary>
    /// The BMCs of <paramref name="results"/> that answered but that neither the id map nor the location map named,
    /// with their MAC and why the switches did not place them; empty without a location map.
    /// </summary>
    public IReadOnlyList<UnplacedBmc> Unplaced(IReadOnlyList<BmcCollectResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (Located is not { } located)
        {
            return [];
        }

        return [.. results.Where(r => r.Bmc is { XnameSource: XnameSources.Derived })
            .Select(r => new UnplacedBmc(r.Target.Endpoint, r.Bmc!.Mac, r.Bmc.Xname,
                r.Bmc.Mac is { } mac ? located.Find(mac).Describe() : "the BMC reported no MAC for its address"))];
    }

    /// <summary>
    /// Step 1: collects <paramref name="targets"/>, writing to <paramref name="logging"/> when given, and handing each
    /// finished BMC to <paramref name="storeFeed"/> when given (step 2 while the crawl goes on).
    /// </summary>
    public async Task<CollectResult> CollectAsync(
        IReadOnlyList<BmcTarget> targets, CollectLogging? logging, IJobProgress progress, CancellationToken cancellationToken,
        StoreFeed? storeFeed = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(progress);
        LogCollectStarting(_logger, targets.Count, _plan.Profile, _plan.MaxParallelBmcs);
        if (Located is { } located)
        {
            logging?.AddSwitchPorts(located.Rows);
        }

        var collector = new Collector(logging?.Watch(_credentials) ?? _credentials, _xnames, _plan.Client, _time, _loggers.CreateLogger<Collector>());
        var request = new CollectRequest
        {
            Targets = targets,
            Profile = _plan.Profile,
            MaxParallelBmcs = _plan.MaxParallelBmcs,
            // The rows need no bodies; the crawl log takes them from OnResult.
            KeepExchanges = false,
            OnResult = (result, _) =>
            {
                LogBmcCollected(_logger, result.Target.Endpoint, result.Status, result.RequestCount, result.Elapsed.TotalMilliseconds);
                _finished.Enqueue(result with { Exchanges = [] });
                storeFeed?.Add(result);
                progress.Collected(result);
                return ValueTask.CompletedTask;
            },
        };
        var run = await collector.CollectAsync(logging?.Attach(request) ?? request, null, cancellationToken);
        LogCollectDone(_logger, run.Results.Count(r => r.Status == BmcCollectStatus.Ok), run.Results.Count, run.Elapsed.TotalSeconds);
        return run;
    }

    /// <summary>
    /// Before step 1: opens the plan's local store (none for a server or no store), so that a store another process
    /// holds stops the job before any BMC is contacted. Any other problem is left to the store step to report.
    /// </summary>
    /// <exception cref="InventoryStoreLockedException">Another process holds the local store.</exception>
    public async Task<OpenedStore?> OpenLocalStoreAsync(CancellationToken cancellationToken)
    {
        if (_plan.Store is not { Server: null } target)
        {
            return null;
        }

        try
        {
            var (inventory, notes) = await target.OpenAsync(_time, _loggers.CreateLogger<InventoryStore>(), cancellationToken);
            return new OpenedStore(inventory, notes);
        }
        catch (Exception ex) when (ex is not InventoryStoreLockedException && ex is InventoryStoreException or IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// A feed for step 2 during step 1, into <paramref name="opened"/>; null when nothing was opened (no store, a server,
    /// or a store that could not be opened, which the store step reports at the end).
    /// </summary>
    public StoreFeed? StartStoreFeed(OpenedStore? opened, int targets, CancellationToken cancellationToken) =>
        opened is not null && _plan.Store is { } target ? StoreFeed.Start(opened, target.Where, targets, _plan.MaxParallelBmcs, _logger, cancellationToken) : null;

    /// <summary>
    /// Steps 2 and 3: the store and SMD, each only when the plan has it; the store step writes into
    /// <paramref name="opened"/> when <see cref="OpenLocalStoreAsync"/> opened it, or ends <paramref name="storeFeed"/>
    /// when one took the BMCs during the crawl.
    /// </summary>
    public async Task<(StoreStepResult? Store, SmdStepResult? Smd)> PublishAsync(
        IReadOnlyList<BmcCollectResult> results, OpenedStore? opened, CancellationToken cancellationToken, StoreFeed? storeFeed = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        StoreStepResult? store = null;
        if (_plan.Store is { } target)
        {
            store = storeFeed is not null
                ? await storeFeed.CompleteAsync()
                : await StoreStep.UpsertAsync(target, results, _time, _loggers.CreateLogger<InventoryStore>(), cancellationToken, opened);
            if (store.Summary is { } summary)
            {
                LogStoreUpserted(_logger, summary.Added, summary.Changed, summary.Removed, summary.Unchanged, store.Where);
            }
            else
            {
                LogStoreFailed(_logger, store.Where, store.Failure);
            }
        }

        SmdStepResult? smd = null;
        if (_plan.Smd is { } settings)
        {
            var (send, held) = HoldGuessedNames(results);
            var inventories = send.Select(r => new MappedInventory { Bmc = r.Bmc!, Nodes = r.Nodes }).ToList();
            smd = await SmdStep.RegisterAsync(settings, _plan.StateDirectory, inventories, _credentials, _plan.Username, _time, _loggers, cancellationToken);
            smd = held.Count == 0 ? smd : smd with { Warnings = [.. held, .. smd.Warnings] };
            LogSmdRegistered(_logger, inventories.Count, settings.Client.BaseUri, smd.AllOk);
        }

        return (store, smd);
    }

    /// <summary>
    /// The BMCs SMD may be told about, and a line per BMC held back: when a location-map switch could not be read, a BMC
    /// it did not place may well sit behind that switch, and its derived xname is only a guess. SMD keys components by
    /// xname, so registering the guess would add the same BMC a second time under another name; the next collect that
    /// reads the switch registers it.
    /// </summary>
    private (IReadOnlyList<BmcCollectResult> Send, IReadOnlyList<string> Held) HoldGuessedNames(IReadOnlyList<BmcCollectResult> results)
    {
        var withRecords = results.Where(r => r.Bmc is not null).ToList();
        if (FailedSwitches is not { Count: > 0 } failedSwitches)
        {
            return (withRecords, []);
        }

        var failed = string.Join(", ", failedSwitches.Select(s => s.Switch));
        var guessed = withRecords.Where(r => r.Bmc!.XnameSource == XnameSources.Derived).ToList();
        return (
            [.. withRecords.Except(guessed)],
            [.. guessed.Select(r => $"BMC {r.Target.Endpoint} not sent to SMD: switch {failed} could not be read, so its xname {r.Bmc!.Xname} is only derived")]);
    }
}
