using System.Collections.Concurrent;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    /// <summary>The most writes one group commit takes in.</summary>
    private const int MaxGroup = 256;

    private readonly ConcurrentQueue<QueuedWrite> _queuedWrites = new();

    private readonly GroupCommitStats _groupStats = new();

    /// <summary>
    /// A one-record write (create, replace or delete) with group commit: the caller queues it and waits for the write
    /// lock; whoever gets the lock runs every queued write in one transaction and one COMMIT (one WAL flush), then
    /// answers each. So concurrent writers share the commit's cost, and each write is still acknowledged only after
    /// the commit that holds it. A write that is refused changes nothing (every check runs before the first row is
    /// written), so it is answered while the others commit; when one throws, the group rolls back and each write runs
    /// again alone, so every caller gets its own outcome as if it had been alone.
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
        try
        {
            await _writeLock.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (queued.TryCancel())
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            // Another writer already took it in: its outcome is on the way.
            return (T)await queued.Done.Task;
        }

        try
        {
            if (!queued.Done.Task.IsCompleted)
            {
                RunQueuedWrites();
            }
        }
        finally
        {
            _writeLock.Release();
        }

        return (T)await queued.Done.Task;
    }

    /// <summary>Under the write lock: runs the queued writes (up to <see cref="MaxGroup"/>) as one transaction.</summary>
    private void RunQueuedWrites()
    {
        var group = new List<QueuedWrite>();
        while (group.Count < MaxGroup && _queuedWrites.TryDequeue(out var next))
        {
            if (next.TryTake())
            {
                group.Add(next);
            }
        }

        var started = Stopwatch.GetTimestamp();
        if (group.Count <= 1)
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

        var transaction = new WriteTransaction(_writer, _version, Time.GetUtcNow(), group[0].Actor);
        var results = new object[group.Count];
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

            // The rows held back go in bulk: a handful of statements for the whole group.
            transaction.FlushPending();
            transaction.Pending = null;
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
                RefreshReadModel(transaction);
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
