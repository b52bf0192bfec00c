using System.Collections.Concurrent;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    /// <summary>The most writes one group commit takes in.</summary>
    private const int MaxGroup = 256;

    /// <summary>The longest a commit loop waits for a group to fill (<see cref="GatherAsync"/>).</summary>
    private static readonly TimeSpan MaxGather = TimeSpan.FromMilliseconds(5);

    private readonly ConcurrentQueue<QueuedWrite> _queuedWrites = new();

    private readonly GroupCommitStats _groupStats = new();

    /// <summary>Set while a commit loop runs (<see cref="CommitLoopAsync"/>): at most one at a time.</summary>
    private int _committing;

    /// <summary>Completed when a write is queued: a commit loop gathering a group waits on it.</summary>
    private TaskCompletionSource? _arrival;

    /// <summary>How many writes the last group that had company took in (the commit loop's estimate of the writers at work).</summary>
    private int _lastGroup;

    /// <summary>How long the last group took, from its first statement to its answers.</summary>
    private TimeSpan _lastGroupTime;

    /// <summary>
    /// A one-record write (create, replace or delete) with group commit: the caller queues it and waits for its outcome;
    /// one commit loop at a time (started by whoever finds none running) takes every queued write in, runs them in one
    /// transaction and one COMMIT (one WAL flush), then answers each. So concurrent writers share the commit's cost, and
    /// each write is still acknowledged only after the commit that holds it. Waiting writers never take the write lock
    /// themselves: a group's writers are answered at once, not one lock hand-over after another. A write that is refused
    /// changes nothing (every check runs before the first row is written), so it is answered while the others commit;
    /// when one throws, the group rolls back and each write runs again alone, so every caller gets its own outcome as
    /// if it had been alone.
    /// </summary>
    /// <param name="actor">Who writes (history).</param>
    /// <param name="write">The write.</param>
    /// <param name="commit">Whether its result is to be kept.</param>
    /// <param name="bulk">True when its row writes may wait in <see cref="WriteTransaction.Pending"/> and go in bulk with the group's.</param>
    /// <param name="cancellationToken">Gives up waiting (not once a group has taken the write in).</param>
    internal async Task<T> WriteGroupedAsync<T>(string actor, Func<WriteTransaction, T> write, Func<T, bool> commit, bool bulk, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"The store shows snapshot {Snapshot} and cannot be written.");
        }

        var queued = new QueuedWrite(actor, tx => write(tx)!, result => commit((T)result), bulk);
        _queuedWrites.Enqueue(queued);
        Volatile.Read(ref _arrival)?.TrySetResult();
        StartCommitLoop();
        try
        {
            return (T)await queued.Done.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && queued.TryCancel())
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A group already took it in: its outcome is on the way.
            return (T)await queued.Done.Task;
        }
    }

    private void StartCommitLoop()
    {
        if (Interlocked.CompareExchange(ref _committing, 1, 0) == 0)
        {
            _ = Task.Run(CommitLoopAsync);
        }
    }

    /// <summary>
    /// Under the write lock, runs groups of queued writes until none is left; then stops, unless a write came in
    /// between its last look and its stop (that writer found the loop still running and started none).
    /// </summary>
    private async Task CommitLoopAsync()
    {
        do
        {
            await _writeLock.WaitUnsettledAsync();
            try
            {
                while (!_queuedWrites.IsEmpty)
                {
                    await GatherAsync();
                    var group = TakeGroup();
                    try
                    {
                        RunGroup(group);
                    }
                    catch (Exception ex)
                    {
                        // Nothing a write does should get here; if something does, its callers hear of it rather than wait forever.
                        group.ForEach(q => q.Done.TrySetException(ex));
                    }
                }
            }
            finally
            {
                _writeLock.Release();
                Volatile.Write(ref _committing, 0);
            }
        }
        while (!_queuedWrites.IsEmpty && Interlocked.CompareExchange(ref _committing, 1, 0) == 0);
    }

    /// <summary>
    /// Bigger groups under load (PostgreSQL's commit_delay, made adaptive): when the last group had company and fewer
    /// writes wait now than most of it, the writers just answered are likely sending their next write; wait for them a
    /// little (at most half the last group's time, at most <see cref="MaxGather"/>), since each group pays one COMMIT and a
    /// handful of statements however many writes it holds. A lone writer (last group of one) never waits.
    /// </summary>
    private async Task GatherAsync()
    {
        var target = _lastGroup - (_lastGroup / 4);
        if (target < 2 || _queuedWrites.Count >= target)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var limit = TimeSpan.FromTicks(Math.Min(_lastGroupTime.Ticks / 2, MaxGather.Ticks));
        while (_queuedWrites.Count < target)
        {
            var remaining = limit - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            var arrival = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _arrival, arrival);
            if (_queuedWrites.Count >= target)
            {
                break;
            }

            await Task.WhenAny(arrival.Task, Task.Delay(remaining));
        }

        Volatile.Write(ref _arrival, null);
        _groupStats.AddGathering(started);
    }

    /// <summary>The queued writes not given up by their callers, up to <see cref="MaxGroup"/>.</summary>
    private List<QueuedWrite> TakeGroup()
    {
        var group = new List<QueuedWrite>();
        while (group.Count < MaxGroup && _queuedWrites.TryDequeue(out var next))
        {
            if (next.TryTake())
            {
                group.Add(next);
            }
        }

        return group;
    }

    /// <summary>Under the write lock: runs <paramref name="group"/> as one transaction (a group of one alone).</summary>
    private void RunGroup(List<QueuedWrite> group)
    {
        var started = Stopwatch.GetTimestamp();
        _lastGroup = group.Count;
        if (group.Count == 0 || (group.Count == 1 && (_journal is null || !group[0].Bulk)))
        {
            var before = _version;
            group.ForEach(RunAlone);
            if (_version != before)
            {
                // Alone, the write's statements and COMMIT run inside WriteLocked: all counted as statements.
                var done = Stopwatch.GetTimestamp();
                _groupStats.Add(group.Count, started, done, done);
            }

            return;
        }

        var transaction = new WriteTransaction(_writer, _version, Time.GetUtcNow(), group[0].Actor) { BeforeBegin = _catchUp };
        var results = new object[group.Count];
        var journaled = false;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            for (var i = 0; i < group.Count; i++)
            {
                transaction.Actor = group[i].Actor;
                if (group[i].Bulk)
                {
                    transaction.Pending ??= new PendingWrites();
                }
                else
                {
                    transaction.FlushPending();
                    transaction.Pending = null;
                }

                results[i] = group[i].Write(transaction);
            }

            // The rows held back go to the journal, or in bulk: a handful of statements for the whole group.
            journaled = CanJournal(transaction);
            if (!journaled)
            {
                var bulkRows = Stopwatch.GetTimestamp();
                transaction.FlushPending();
                _groupStats.AddBulkRows(bulkRows);
                transaction.Pending = null;
            }
        }
        catch (Exception ex) when (ex is not ObjectDisposedException)
        {
            if (transaction.Begun)
            {
                RollBack();
            }

            group.ForEach(RunAlone);
            return;
        }
        catch (ObjectDisposedException ex)
        {
            group.ForEach(q => q.Done.TrySetException(ex));
            return;
        }

        if (journaled)
        {
            JournalGroup(group, transaction, results, started);
            return;
        }

        try
        {
            var committing = Stopwatch.GetTimestamp();
            if (transaction.Version != _version)
            {
                // One WAL flush for the whole group: when it returns every write in it survives kill -9.
                if (transaction.Begun)
                {
                    _writer.Run("COMMIT");
                }

                _groupStats.Add(group.Count, started, committing, Stopwatch.GetTimestamp());

                Interlocked.Exchange(ref _version, transaction.Version);
                var refreshing = Stopwatch.GetTimestamp();
                RefreshReadModel(transaction);
                _groupStats.AddReadModel(refreshing);
                _lastGroupTime = Stopwatch.GetElapsedTime(started);
            }
            else if (transaction.Begun)
            {
                _writer.Run("ROLLBACK");
            }
        }
        catch (DuckDBException ex)
        {
            var failure = Failure(group[0].Actor, ex);
            group.ForEach(q => q.Done.TrySetException(failure));
            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            group[i].Done.TrySetResult(results[i]);
        }
    }

    private void RunAlone(QueuedWrite queued)
    {
        try
        {
            queued.Done.TrySetResult(WriteLocked(queued.Actor, queued.Write, queued.Commit));
        }
        catch (Exception ex)
        {
            queued.Done.TrySetException(ex);
        }
    }

    /// <summary>A write waiting for a group commit, and where its outcome goes.</summary>
    private sealed class QueuedWrite(string actor, Func<WriteTransaction, object> write, Func<object, bool> commit, bool bulk)
    {
        private const int Waiting = 0;
        private const int Taken = 1;
        private const int Cancelled = 2;

        private int _state;

        public string Actor => actor;

        public Func<WriteTransaction, object> Write => write;

        public Func<object, bool> Commit => commit;

        public bool Bulk => bulk;

        public TaskCompletionSource<object> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Claims the write for a group; false when its caller gave up first.</summary>
        public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Waiting) == Waiting;

        /// <summary>Withdraws the write; false when a group already took it in.</summary>
        public bool TryCancel() => Interlocked.CompareExchange(ref _state, Cancelled, Waiting) == Waiting;
    }
}
