using System.Collections.Concurrent;
using Discovery.Files;
using Discovery.Records;
using DuckDB.NET.Data;

namespace Discovery.Store;

/// <summary>
/// The node-centric inventory: ComputeNode, Bmc, NetworkInterface, NodeGroup and BootProfile records in a DuckDB
/// working set (a file in <see cref="InventoryStoreOptions.DataDirectory"/>, or memory), with a history event
/// per change and Parquet snapshots. Thread-safe: reads run in parallel on pooled connections, each in one
/// transaction (a consistent view); writes are serialized on one connection, each in one transaction that is in
/// DuckDB's write-ahead log when the call returns (so it survives <c>kill -9</c>).
/// </summary>
/// <remarks>
/// DuckDB lets one process open a database file for writing; a second process gets
/// <see cref="InventoryStoreLockedException"/> from <see cref="OpenAsync"/>.
/// </remarks>
internal sealed partial class InventoryStore : IInventory
{
    private readonly StoreConnection _writer;
    private readonly StoreWriteLock _writeLock;
    private readonly SemaphoreSlim _snapshotLock = new(1, 1);
    private readonly ConcurrentBag<StoreConnection> _readers = [];
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> OpenDirectories = new(StringComparer.Ordinal);
    private long _version;
    private bool _disposed;
    private SemaphoreSlim? _releaseDirectory;

    // The writer connection is owned by the store; its pooled readers are duplicates of it.
    private InventoryStore(InventoryStoreOptions options, StoreConnection writer, InventoryOpenReport report, string? snapshot)
    {
        Options = options;
        _writer = writer;
        _writeLock = new StoreWriteLock(SettleJournal);
        OpenReport = report;
        Snapshot = snapshot;
        _version = StoreVersion.ReadMax(_writer);
        NodeSet = new NodeSet(this);
        BmcSet = new BmcSet(this);
        InterfaceSet = new InterfaceSet(this);
        GroupSet = new GroupSet(this);
        BootProfileSet = new BootProfileSet(this);
        SessionTemplateSet = new SessionTemplateSet(this);
    }

    /// <summary>Where the store lives and how it keeps snapshots.</summary>
    public InventoryStoreOptions Options { get; }

    /// <summary>What opening had to do (a snapshot restored, an unreadable file moved aside).</summary>
    public InventoryOpenReport OpenReport { get; }

    /// <summary>The snapshot this read-only store shows (from <see cref="OpenSnapshotAsync"/>); null for the working set.</summary>
    public string? Snapshot { get; }

    /// <summary>True for a store opened over a snapshot: every write is refused.</summary>
    public bool IsReadOnly => Snapshot is not null;

    /// <summary>The version of the last change (0 for an empty store).</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The compute nodes (key: id or xname).</summary>
    public IRecordSet<ComputeNode> Nodes => NodeSet;

    /// <summary>The BMCs (key: id, xname or IP).</summary>
    public IRecordSet<Bmc> Bmcs => BmcSet;

    /// <summary>The network interfaces of nodes and BMCs (key: id or MAC).</summary>
    public IRecordSet<NetworkInterface> Interfaces => InterfaceSet;

    /// <summary>The node groups (key: id or name).</summary>
    public IRecordSet<NodeGroup> Groups => GroupSet;

    /// <summary>The boot profiles (key: id or name).</summary>
    public IRecordSet<BootProfile> BootProfiles => BootProfileSet;

    /// <summary>The BOS session templates (key: id or name).</summary>
    public IRecordSet<SessionTemplate> SessionTemplates => SessionTemplateSet;

    internal TimeProvider Time => Options.TimeProvider;

    internal NodeSet NodeSet { get; }

    internal BmcSet BmcSet { get; }

    internal InterfaceSet InterfaceSet { get; }

    internal GroupSet GroupSet { get; }

    internal BootProfileSet BootProfileSet { get; }

    internal SessionTemplateSet SessionTemplateSet { get; }

    /// <summary>Closes the store; a durable working set is checkpointed by DuckDB on close.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writeLock.WaitUnsettled();
        try
        {
            CloseJournal();
            while (_readers.TryTake(out var reader))
            {
                reader.Dispose();
            }

            if (_groupStats is { Groups: > 0 } stats)
            {
                Log.GroupCommits(Options.Logger, stats.Writes, stats.Groups, stats.Alone, (double)stats.Writes / stats.Groups, stats.Largest, stats.Gathering.TotalMilliseconds / stats.Groups,
                    stats.Statements.TotalMilliseconds / stats.Groups, stats.BulkRows.TotalMilliseconds / stats.Groups,
                    stats.Commits.TotalMilliseconds / stats.Groups, stats.ReadModel.TotalMilliseconds / stats.Groups);
            }

            // The last connection to close closes the database (DuckDB checkpoints a file then).
            _writer.Dispose();
            Interlocked.Exchange(ref _asOf, null)?.Dispose();
        }
        finally
        {
            _writeLock.Release();
            Interlocked.Exchange(ref _releaseDirectory, null)?.Release();
        }
    }

    /// <summary>Runs <paramref name="read"/> on a pooled connection inside one read transaction.</summary>
    internal T Read<T>(Func<StoreConnection, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = TakeReader();
        var healthy = false;
        try
        {
            connection.Run("BEGIN TRANSACTION");
            try
            {
                var result = read(connection);
                connection.Run("COMMIT");
                healthy = true;
                return result;
            }
            catch
            {
                connection.Run("ROLLBACK");
                healthy = true;
                throw;
            }
        }
        finally
        {
            if (healthy && !_disposed)
            {
                _readers.Add(connection);
            }
            else
            {
                connection.Dispose();
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction on the writer connection, under the write lock. The
    /// transaction commits when <paramref name="write"/> returns and <paramref name="commit"/> says so for its
    /// result (a refused write or a dry run rolls back); it rolls back when it throws.
    /// </summary>
    internal async Task<T> WriteAsync<T>(string actor, Func<WriteTransaction, T> write, Func<T, bool> commit, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"The store shows snapshot {Snapshot} and cannot be written.");
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return WriteLocked(actor, write, commit);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary><see cref="WriteAsync{T}"/> with the write lock held: one transaction, committed or rolled back.</summary>
    private T WriteLocked<T>(string actor, Func<WriteTransaction, T> write, Func<T, bool> commit)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var transaction = new WriteTransaction(_writer, _version, Time.GetUtcNow(), actor) { BeforeBegin = _catchUp };
        try
        {
            T result;
            try
            {
                result = write(transaction);
            }
            catch
            {
                if (transaction.Begun)
                {
                    RollBack();
                }

                throw;
            }

            if (commit(result) && transaction.Version != _version)
            {
                // The commit writes the WAL: when it returns the change survives kill -9.
                if (transaction.Begun)
                {
                    _writer.Run("COMMIT");
                }

                Interlocked.Exchange(ref _version, transaction.Version);
                RefreshReadModel(transaction);
            }
            else if (transaction.Begun)
            {
                _writer.Run("ROLLBACK");
            }

            return result;
        }
        catch (DuckDBException ex)
        {
            throw Failure(actor, ex);
        }
    }

    /// <summary>
    /// A full disk, an I/O error or a damaged file: the store's own failure, with DuckDB's reason. DuckDB rolls back
    /// a commit its WAL could not take, so a full disk loses nothing already stored.
    /// </summary>
    private InventoryStoreException Failure(string actor, Exception ex)
    {
        Log.WriteFailed(Options.Logger, actor, ex.Message);
        var message = $"the inventory store {Describe()} could not write: {DiskFull.Explain(ex)}";
        return DiskFull.Is(ex) ? new InventoryStoreFullException(message, ex) : new InventoryStoreException(message, ex);
    }

    /// <summary>A pooled reader connection, once DuckDB holds every write acknowledged so far (the journal applied).</summary>
    private StoreConnection TakeReader()
    {
        AwaitJournal();
        return _readers.TryTake(out var connection) ? connection : _writer.Duplicate();
    }

    private void RollBack()
    {
        try
        {
            _writer.Run("ROLLBACK");
        }
        catch (DuckDBException)
        {
            // The failed statement already ended the transaction; the original failure is the one to report.
        }
    }

    private string Describe() => Options.InMemory || IsReadOnly ? "(in memory)" : Options.DatabasePath;
}
