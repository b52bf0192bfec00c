namespace Discovery.Redfish.Collect;

/// <summary>
/// One run of the <see cref="Collector"/>: hands its targets out, in order, to the crawl slots, bounds the BMCs alive,
/// and keeps every BMC started until it is reported. Each slot crawls one BMC at a time and reads the service root of
/// one BMC ahead meanwhile; the first slot free takes the oldest BMC read ahead (any slot's), so the last BMCs go to
/// whichever slots finish first, as when each BMC was started only once a slot was free.
/// </summary>
internal sealed class CollectRun(
    BmcCollector collector, CollectRequest request, int requestsPerBmc, IProgress<BmcCollectResult>? progress, BmcCollectResult[] results,
    CancellationToken cancellationToken)
{
    private readonly Lock _gate = new();
    private readonly List<Task> _finishing = [];
    private readonly List<SemaphoreSlim> _slots = [];
    private readonly Queue<Bmc> _ready = new(); // service root read, waiting for a slot, oldest first
    private readonly HashSet<Bmc> _reading = []; // reading their service root ahead
    private readonly SemaphoreSlim _alive = new(2 * request.MaxParallelBmcs);
    // A failure in one slot stops the others from starting BMCs (BMCs started run to their end).
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    private int _next = -1;

    /// <summary>One crawl slot, until no BMC is left to crawl.</summary>
    public async Task SlotAsync()
    {
        var requests = new SemaphoreSlim(requestsPerBmc, requestsPerBmc);
        lock (_gate)
        {
            _slots.Add(requests);
        }

        try
        {
            while (true)
            {
                _stop.Token.ThrowIfCancellationRequested();
                Bmc? bmc;
                lock (_gate)
                {
                    _ = _ready.TryDequeue(out bmc);
                }

                bmc ??= Start(requests, readAhead: false);
                if (bmc is null)
                {
                    // No target left to start: one read ahead (by a slot still crawling) may come ready.
                    Task? reading;
                    lock (_gate)
                    {
                        reading = _ready.Count > 0 ? Task.CompletedTask
                            : _reading.Count > 0 ? Task.WhenAny(_reading.Select(b => b.Settled))
                            : null;
                    }

                    if (reading is null)
                    {
                        break;
                    }

                    await reading;
                    continue;
                }

                bmc.Slot.TrySetResult(requests);
                _ = Start(requests, readAhead: true);
                if (await Task.WhenAny(bmc.Crawled.Task, bmc.Done.Task) == bmc.Done.Task)
                {
                    await bmc.Done.Task; // a failure stops the run
                }
            }
        }
        catch
        {
            await _stop.CancelAsync();
            throw;
        }
    }

    /// <summary>Waits for every BMC started to be reported (also after a failure or cancellation), then frees the run.</summary>
    public async Task FinishAsync()
    {
        Task[] all;
        lock (_gate)
        {
            all = [.. _finishing];
        }

        try
        {
            await Task.WhenAll(all);
        }
        finally
        {
            _slots.ForEach(s => s.Dispose());
            _alive.Dispose();
            _stop.Dispose();
        }
    }

    // The next target, its service root read on requests (a read ahead waits for a slot then); null when none is left.
    private Bmc? Start(SemaphoreSlim requests, bool readAhead)
    {
        if (_stop.IsCancellationRequested)
        {
            return null;
        }

        var index = Interlocked.Increment(ref _next);
        if (index >= request.Targets.Count)
        {
            return null;
        }

        var bmc = new Bmc();
        lock (_gate)
        {
            if (readAhead)
            {
                _reading.Add(bmc);
            }

            _finishing.Add(CollectOneAsync(index, requests, bmc));
        }

        return bmc;
    }

    private async Task CollectOneAsync(int index, SemaphoreSlim requests, Bmc bmc)
    {
        var alive = false;
        try
        {
            var turn = new CrawlTurn(requests, async token =>
            {
                lock (_gate)
                {
                    if (_reading.Remove(bmc))
                    {
                        _ready.Enqueue(bmc);
                    }
                }

                bmc.Ready.TrySetResult();
                // Also stopped when the run stops (a failure elsewhere): no slot would take it then.
                var slot = await bmc.Slot.Task.WaitAsync(_stop.Token);
                await _alive.WaitAsync(token);
                alive = true;
                return slot;
            }, () => bmc.Crawled.TrySetResult());
            await Task.Yield(); // the caller records the BMC before anything of it runs
            var result = await collector.CollectAsync(request.Targets[index], request, turn, cancellationToken);
            if (request.OnResult is { } onResult)
            {
                // Not the cancelled token: a BMC stopped by cancellation is still reported (status Cancelled).
                await onResult(result, CancellationToken.None);
            }

            progress?.Report(result);
            results[index] = request.KeepExchanges ? result : result with { Exchanges = [] };
            bmc.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            bmc.Done.TrySetException(ex);
            throw;
        }
        finally
        {
            lock (_gate)
            {
                _reading.Remove(bmc);
            }

            if (alive)
            {
                _alive.Release();
            }
        }
    }

    // One BMC of the run, as the slots see it.
    private sealed class Bmc
    {
        public Bmc() => Settled = Task.WhenAny(Ready.Task, Done.Task);

        // The requests of the slot that crawls it (set by that slot; at once for a BMC started by a free slot).
        public TaskCompletionSource<SemaphoreSlim> Slot { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Its service root read, it waits for a slot (or was given one already).
        public TaskCompletionSource Ready { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // It needs no more requests in its slot.
        public TaskCompletionSource Crawled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Reported (or failed).
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Settled { get; }
    }
}
