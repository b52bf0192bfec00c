using Discovery.Text;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    private InventoryStore? _asOf;

    /// <summary>The complete snapshots in the store's snapshot folder, oldest first.</summary>
    public IReadOnlyList<SnapshotInfo> ListSnapshots() => SnapshotFiles.List(Options.SnapshotDirectory);

    /// <inheritdoc/>
    public Task<IReadOnlyList<SnapshotInfo>> ListSnapshotsAsync(CancellationToken cancellationToken) => Task.FromResult(ListSnapshots());

    /// <inheritdoc/>
    public Task<SnapshotInfo?> CreateSnapshotAsync(CancellationToken cancellationToken) => CreateSnapshotAsync(onlyIfChanged: false, cancellationToken);

    /// <summary>
    /// Writes a snapshot of the whole store and then deletes the oldest beyond
    /// <see cref="InventoryStoreOptions.SnapshotRetain"/>. Writers are not blocked while it runs.
    /// </summary>
    /// <param name="onlyIfChanged">Skip (and return null) when the newest snapshot already holds the current version.</param>
    /// <param name="cancellationToken">Stops between tables; a partial snapshot is deleted.</param>
    public async Task<SnapshotInfo?> CreateSnapshotAsync(bool onlyIfChanged, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _snapshotLock.WaitAsync(cancellationToken);
        try
        {
            if (onlyIfChanged && ListSnapshots() is { Count: > 0 } existing && existing[^1].Version == Version)
            {
                return null;
            }

            var started = Time.GetTimestamp();
            var snapshot = await Task.Run(() => WithConnection(c => SnapshotWriter.Write(c, Options.SnapshotDirectory, Time.GetUtcNow(), cancellationToken)), cancellationToken);
            Log.SnapshotWritten(Options.Logger, snapshot.Name, snapshot.Version, Time.GetElapsedTime(started).TotalMilliseconds);
            SnapshotFiles.Prune(Options.SnapshotDirectory, Options.SnapshotRetain);
            return snapshot;
        }
        finally
        {
            _snapshotLock.Release();
        }
    }

    /// <summary>
    /// Replaces the whole working set with snapshot <paramref name="name"/>, after taking a snapshot of the
    /// current state (so the restore itself can be undone). Versions keep counting from where they were, so an
    /// ETag issued before the restore never matches a record after it.
    /// </summary>
    /// <returns>The snapshot of the state before the restore.</returns>
    /// <exception cref="InventoryQueryException">No snapshot has that name.</exception>
    /// <exception cref="InventoryStoreException">The snapshot does not read; the working set is unchanged.</exception>
    public async Task<SnapshotInfo?> RestoreSnapshotAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var target = ListSnapshots().FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
            ?? throw new InventoryQueryException("name", $"no snapshot named {QuotedValue.Of(name)} in {Options.SnapshotDirectory}");
        await _snapshotLock.WaitAsync(cancellationToken);
        try
        {
            var before = await Task.Run(() => WithConnection(c => SnapshotWriter.Write(c, Options.SnapshotDirectory, Time.GetUtcNow(), cancellationToken)), cancellationToken);
            await _writeLock.WaitAsync(cancellationToken);
            try
            {
                var floor = _version;
                await Task.Run(() => SnapshotRestorer.Restore(_writer, target.Path, cancellationToken), cancellationToken);
                StoreVersion.WriteFloor(_writer, floor);
                Interlocked.Exchange(ref _version, Math.Max(floor, StoreVersion.ReadMax(_writer)));
                ReloadReadModel();
            }
            finally
            {
                _writeLock.Release();
            }

            Log.SnapshotRestored(Options.Logger, target.Name, before?.Name);
            SnapshotFiles.Prune(Options.SnapshotDirectory, Math.Max(Options.SnapshotRetain, 2));
            return before;
        }
        finally
        {
            _snapshotLock.Release();
        }
    }

    /// <summary>The store as it was at <paramref name="instant"/>: the newest snapshot taken at or before it, read-only, in memory.</summary>
    /// <exception cref="InventoryQueryException">No snapshot is that old.</exception>
    internal async Task<InventoryStore> AsOfAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var snapshot = SnapshotFiles.AsOf(Options.SnapshotDirectory, instant) ?? throw new InventoryQueryException(
            "as_of",
            $"no snapshot at or before {instant.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} in {Options.SnapshotDirectory}" +
            (ListSnapshots() is { Count: > 0 } all ? $" (the oldest is {all[0].Name})" : " (there are none)"));
        var cached = Volatile.Read(ref _asOf);
        if (cached?.Snapshot == snapshot.Name)
        {
            return cached;
        }

        var loaded = await OpenSnapshotAsync(Options, snapshot, cancellationToken);
        // One past state is kept loaded: repeated reads of the same past (paging through it) cost nothing.
        var previous = Interlocked.Exchange(ref _asOf, loaded);
        previous?.Dispose();
        return loaded;
    }

    private T WithConnection<T>(Func<StoreConnection, T> work)
    {
        var connection = TakeReader();
        try
        {
            return work(connection);
        }
        finally
        {
            _readers.Add(connection);
        }
    }
}
