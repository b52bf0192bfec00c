using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Discovery.Store;

/// <summary>
/// The write journal in front of DuckDB (<see cref="WriteJournal"/>). A group commit whose writes are all row writes
/// held back in <see cref="WriteTransaction.Pending"/> appends them to the journal with one fdatasync and is acknowledged;
/// DuckDB takes the journaled groups in later, many in one transaction that also records the last sequence it holds
/// (<c>store_meta</c> key <see cref="JournalAppliedKey"/>), so opening replays exactly the groups past it. Everything
/// that reads or writes DuckDB itself first waits until it holds every acknowledged write: a read (<see cref="TakeReader"/>),
/// a write that reaches DuckDB (<see cref="WriteTransaction.BeforeBegin"/>), whoever takes the write lock (<see cref="StoreWriteLock"/>).
/// </summary>
internal sealed partial class InventoryStore
{
    /// <summary>The <c>store_meta</c> key of the last journaled group DuckDB holds.</summary>
    internal const string JournalAppliedKey = "journal_applied";

    /// <summary>The journal is emptied once it is this long and DuckDB holds all of it.</summary>
    private const long ClearJournalAt = 64L << 20;

    private readonly Lock _backlogGate = new();
    private readonly SemaphoreSlim _applyLock = new(1, 1);
    private List<(long Sequence, PendingWrites Rows)> _backlog = [];
    private WriteJournal? _journal;
    private StoreConnection? _applier;
    private Action? _catchUp;
    private long _journaled;
    private long _applied;
    private int _applyScheduled;
    private bool _journalClosed;

    /// <summary>
    /// Opens the journal of a durable working set and replays into <paramref name="connection"/> the groups DuckDB does not
    /// hold yet, in one transaction; then empties it. A journal beside a working set that is new or came from a snapshot
    /// belongs to the working set that is gone: it is kept aside as <c>inventory.journal.unapplied-TIME</c>, not replayed.
    /// </summary>
    /// <param name="connection">The working set, opened.</param>
    /// <param name="options">The store's options.</param>
    /// <param name="freshWorkingSet">True when the working set was just created or restored from a snapshot.</param>
    /// <param name="sequence">The last journal sequence DuckDB holds now (the next group takes the one after).</param>
    private static WriteJournal? OpenJournal(StoreConnection connection, InventoryStoreOptions options, bool freshWorkingSet, out long sequence)
    {
        sequence = 0;
        if (options.InMemory)
        {
            return null;
        }

        var path = Path.Combine(options.DataDirectory, WriteJournal.FileName);
        if (freshWorkingSet && File.Exists(path) && new FileInfo(path).Length > 0)
        {
            var aside = $"{path}.unapplied-{options.TimeProvider.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}";
            File.Move(path, aside, overwrite: true);
            Log.JournalSetAside(options.Logger, aside);
        }

        var journal = WriteJournal.Open(path);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var applied = long.TryParse(connection.Scalar($"SELECT value FROM {StoreSchema.Meta.Name} WHERE key = ?", JournalAppliedKey), CultureInfo.InvariantCulture, out var number) ? number : 0;
            var records = journal.ReadRecords(out var torn);
            if (torn > 0)
            {
                Log.JournalTornTail(options.Logger, path, torn);
            }

            var replay = new PendingWrites();
            var replayed = 0;
            sequence = applied;
            foreach (var (recordSequence, rows) in records.Where(r => r.Sequence > applied))
            {
                replay.Add(Decode(path, rows));
                replayed++;
                sequence = recordSequence;
            }

            if (replayed > 0)
            {
                ApplyJournaled(connection, replay, sequence);
                Log.JournalReplayed(options.Logger, replayed, path, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            journal.Clear();
            return journal;
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }

    private static PendingWrites Decode(string path, ReadOnlyMemory<byte> rows)
    {
        try
        {
            return PendingWrites.Decode(rows);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            throw new InventoryStoreException($"the write journal {path} does not read ({ex.Message}); it was written by another discover", ex);
        }
    }

    /// <summary>Writes <paramref name="rows"/> and the sequence they reach in one DuckDB transaction.</summary>
    private static void ApplyJournaled(StoreConnection connection, PendingWrites rows, long sequence)
    {
        connection.Run("BEGIN TRANSACTION");
        try
        {
            rows.Send(connection);
            StoreSchemaBuilder.WriteMeta(connection, JournalAppliedKey, sequence.ToString(CultureInfo.InvariantCulture));
            connection.Run("COMMIT");
        }
        catch
        {
            try
            {
                connection.Run("ROLLBACK");
            }
            catch (DuckDBException)
            {
                // The failed statement already ended the transaction.
            }

            throw;
        }
    }

    private void AttachJournal(WriteJournal journal, long sequence)
    {
        _journal = journal;
        _journaled = _applied = sequence;
        _applier = _writer.Duplicate();
        _catchUp = CatchUp;
    }

    /// <summary>True when the group in <paramref name="transaction"/> can be acknowledged from the journal: nothing of it reached DuckDB yet.</summary>
    private bool CanJournal(WriteTransaction transaction) =>
        _journal is not null && !transaction.Begun && transaction.Pending is { IsEmpty: false } && transaction.Version != _version;

    /// <summary>
    /// Under the write lock: makes the group durable in the journal, then updates the read model and answers each write.
    /// A failed append (a full disk) answers each with the store's failure and changes nothing.
    /// </summary>
    private void JournalGroup(List<QueuedWrite> group, WriteTransaction transaction, object[] results, long started)
    {
        var journal = _journal!;
        var pending = transaction.Pending!;
        var sequence = _journaled + 1;
        var committing = Stopwatch.GetTimestamp();
        try
        {
            journal.Append(sequence, pending.Encode());
        }
        catch (IOException ex)
        {
            var failure = Failure(group[0].Actor, ex);
            group.ForEach(q => q.Done.TrySetException(failure));
            return;
        }

        lock (_backlogGate)
        {
            _backlog.Add((sequence, pending));
        }

        Volatile.Write(ref _journaled, sequence);
        _groupStats.Add(group.Count, started, committing, Stopwatch.GetTimestamp());
        Interlocked.Exchange(ref _version, transaction.Version);
        var refreshing = Stopwatch.GetTimestamp();
        if (NeedsReadBack(transaction))
        {
            // The read model reads these nodes back from DuckDB: it must hold them first.
            try
            {
                CatchUp();
            }
            catch (InventoryStoreException ex)
            {
                Volatile.Write(ref _nodeModel, null);
                Log.ReadModelDropped(Options.Logger, ex.Message);
            }
        }

        RefreshReadModel(transaction);
        _groupStats.AddReadModel(refreshing);
        _lastGroupTime = Stopwatch.GetElapsedTime(started);
        for (var i = 0; i < group.Count; i++)
        {
            group[i].Done.TrySetResult(results[i]);
        }

        if (journal.Length >= ClearJournalAt)
        {
            SettleJournal();
        }
        else
        {
            ScheduleApply();
        }
    }

    /// <summary>True when the read model would read a node of <paramref name="transaction"/> back from DuckDB (it was not written whole, or not as stored).</summary>
    private bool NeedsReadBack(WriteTransaction transaction) =>
        NodeModel is not null && transaction.ChangedNodes.Any(id =>
            !transaction.WrittenNodes.TryGetValue(id, out var written) || (written is not null && NodeDocument.OfWritten(written) is null));

    /// <summary>DuckDB takes the journaled groups a little later, in one batch with those that follow.</summary>
    private void ScheduleApply()
    {
        if (Interlocked.Exchange(ref _applyScheduled, 1) == 0)
        {
            _ = ApplyLaterAsync();
        }
    }

    private async Task ApplyLaterAsync()
    {
        await Task.Delay(Options.JournalApplyDelay);
        Volatile.Write(ref _applyScheduled, 0);
        try
        {
            CatchUp();
        }
        catch (InventoryStoreException ex)
        {
            // The groups stay in the journal and in memory; the next group, read or write lock tries again.
            Log.JournalApplyFailed(Options.Logger, ex.Message);
        }
    }

    /// <summary>Before a read of DuckDB: waits until DuckDB holds every write acknowledged so far.</summary>
    private void AwaitJournal()
    {
        if (_journal is not null && Volatile.Read(ref _applied) < Volatile.Read(ref _journaled))
        {
            CatchUp();
        }
    }

    /// <summary>Writes every journaled group DuckDB does not hold yet, in one transaction on the applier connection.</summary>
    /// <exception cref="InventoryStoreException">DuckDB refused them (a full disk); they stay journaled and waiting.</exception>
    private void CatchUp()
    {
        _applyLock.Wait();
        try
        {
            if (_journalClosed)
            {
                return;
            }

            List<(long Sequence, PendingWrites Rows)> taken;
            lock (_backlogGate)
            {
                if (_backlog.Count == 0)
                {
                    return;
                }

                taken = _backlog;
                _backlog = [];
            }

            var rows = taken[0].Rows;
            if (taken.Count > 1)
            {
                rows = new PendingWrites();
                taken.ForEach(t => rows.Add(t.Rows));
            }

            var sequence = taken[^1].Sequence;
            try
            {
                ApplyJournaled(_applier!, rows, sequence);
            }
            catch (DuckDBException ex)
            {
                lock (_backlogGate)
                {
                    _backlog.Insert(0, (sequence, rows));
                }

                throw Failure("the write journal", ex);
            }

            rows.Clear();
            Volatile.Write(ref _applied, sequence);
        }
        finally
        {
            _applyLock.Release();
        }
    }

    /// <summary>With the write lock taken: DuckDB takes every journaled group, and the journal is emptied.</summary>
    private void SettleJournal()
    {
        if (_journal is not { } journal)
        {
            return;
        }

        CatchUp();
        try
        {
            journal.Clear();
        }
        catch (IOException ex)
        {
            // DuckDB holds everything in it: a journal left long is replayed as already applied.
            Log.JournalApplyFailed(Options.Logger, ex.Message);
        }
    }

    /// <summary>On close: DuckDB takes what the journal holds (or the next open replays it), then the journal closes.</summary>
    private void CloseJournal()
    {
        if (_journal is not { } journal)
        {
            return;
        }

        try
        {
            SettleJournal();
        }
        catch (InventoryStoreException ex)
        {
            Log.JournalApplyFailed(Options.Logger, ex.Message);
        }

        _applyLock.Wait();
        try
        {
            _journalClosed = true;
            journal.Dispose();
            _applier?.Dispose();
        }
        finally
        {
            _applyLock.Release();
        }
    }
}
