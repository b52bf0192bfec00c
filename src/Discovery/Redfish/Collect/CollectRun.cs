namespace Discovery.Redfish.Collect;

/// <summary>
/// One run of the <see cref="Collector"/>: hands its targets out, in order, to the crawl slots, bounds the BMCs alive,
/// and keeps every BMC started until it is reported.
/// </summary>
internal sealed class CollectRun(
    BmcCollector collector, CollectRequest request, int requestsPerBmc, IProgress<BmcCollectResult>? progress, BmcCollectResult[] results,
    CancellationToken cancellationToken)
{
    private readonly List<Task> _finishing = [];
    private readonly List<SemaphoreSlim> _slots = [];
    private readonly SemaphoreSlim _alive = new(2 * request.MaxParallelBmcs);
    // A failure in one slot stops the others from starting BMCs (BMCs started run to their end).
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    private int _next = -1;

    /// <summary>
    /// One crawl slot until the targets run out: at most two BMCs in it, the one crawled (or waiting for the one before
    /// it) and the next one, which reads its service root meanwhile and logs in when the one before it is crawled.
    /// </summary>
    public async Task SlotAsync()
    {
        var requests = new SemaphoreSlim(requestsPerBmc, requestsPerBmc);
        lock (_finishing)
        {
            _slots.Add(requests);
        }

        try
        {
            var ahead = Task.CompletedTask; // the BMC before the last one started here
            var last = Task.CompletedTask; // the last one started here, until it needs the slot no more
            while (true)
            {
                await ahead;
                _stop.Token.ThrowIfCancellationRequested();
                var index = Interlocked.Increment(ref _next);
                if (index >= request.Targets.Count)
                {
                    break;
                }

                var crawled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var collecting = CollectOneAsync(index, requests, last, crawled);
                lock (_finishing)
                {
                    _finishing.Add(collecting);
                }

                (ahead, last) = (last, InSlotAsync(last, crawled.Task, collecting));
            }

            await last;
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
        lock (_finishing)
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

    // Completes when the BMC before it in the slot and this one need the slot no more: crawled, or finished before it
    // (failed before its login). A failure of the BMC's own is thrown (it stops the run); the one before it throws its
    // own where it is awaited.
    private static async Task InSlotAsync(Task before, Task crawled, Task collecting)
    {
        await before.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (await Task.WhenAny(crawled, collecting) == collecting)
        {
            await collecting;
        }
    }

    private async Task CollectOneAsync(int index, SemaphoreSlim requests, Task before, TaskCompletionSource crawled)
    {
        var alive = false;
        try
        {
            var turn = new CrawlTurn(requests, async token =>
            {
                await before.WaitAsync(token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                token.ThrowIfCancellationRequested();
                await _alive.WaitAsync(token);
                alive = true;
            }, () => crawled.TrySetResult());
            var result = await collector.CollectAsync(request.Targets[index], request, turn, cancellationToken);
            if (request.OnResult is { } onResult)
            {
                // Not the cancelled token: a BMC stopped by cancellation is still reported (status Cancelled).
                await onResult(result, CancellationToken.None);
            }

            progress?.Report(result);
            results[index] = request.KeepExchanges ? result : result with { Exchanges = [] };
        }
        finally
        {
            if (alive)
            {
                _alive.Release();
            }
        }
    }
}
