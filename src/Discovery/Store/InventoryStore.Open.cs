using System.Globalization;
using Discovery.Files;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    /// <summary>
    /// Opens the store in <see cref="InventoryStoreOptions.DataDirectory"/> (created if needed). When the working
    /// set is missing, in memory, or unreadable (then moved aside as <c>inventory.duckdb.unreadable-TIME</c>),
    /// the newest snapshot that reads is loaded; with none, the store starts empty. <see cref="OpenReport"/> says
    /// which of these happened.
    /// </summary>
    /// <exception cref="InventoryStoreLockedException">Another process (a running <c>discover serve</c>) holds the working set.</exception>
    /// <exception cref="InventoryStoreException">The working set was written by a newer <c>discover</c>.</exception>
    public static Task<InventoryStore> OpenAsync(InventoryStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        return OpenGuardedAsync(options, cancellationToken);
    }

    private static async Task<InventoryStore> OpenGuardedAsync(InventoryStoreOptions options, CancellationToken cancellationToken)
    {
        // DuckDB's file lock is per process: a second open of the same file in this process would succeed and two
        // instances would write one file. So one store per data directory per process; a second open waits its turn.
        var guard = OpenDirectories.GetOrAdd(Path.GetFullPath(options.DataDirectory), _ => new SemaphoreSlim(1, 1));
        await guard.WaitAsync(cancellationToken);
        try
        {
            var store = await Task.Run(() => Open(options, cancellationToken), cancellationToken);
            store._releaseDirectory = guard;
            return store;
        }
        catch
        {
            guard.Release();
            throw;
        }
    }

    /// <summary>Opens a snapshot folder as a read-only store in memory (for <c>--as-of</c> reads).</summary>
    /// <exception cref="InventoryStoreException">The snapshot does not read.</exception>
    public static Task<InventoryStore> OpenSnapshotAsync(InventoryStoreOptions options, SnapshotInfo snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(snapshot);
        return Task.Run(
            () =>
            {
                var connection = new StoreConnection(DuckDbConnections.Open(null));
                try
                {
                    SnapshotRestorer.Restore(connection, snapshot.Path, cancellationToken);
                    return new InventoryStore(options, connection, new InventoryOpenReport { RestoredSnapshot = snapshot.Name }, snapshot.Name);
                }
                catch
                {
                    connection.Dispose();
                    throw;
                }
            },
            cancellationToken);
    }

    private static InventoryStore Open(InventoryStoreOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataDirectory);
        SnapshotFiles.RemoveTemporary(options.SnapshotDirectory);
        string? movedAside = null;
        string? problem = null;
        var connection = new StoreConnection(options.InMemory ? DuckDbConnections.Open(null) : OpenFile(options, out movedAside, out problem));
        try
        {
            string? restored = null;
            var skipped = new List<string>();
            var hadSchema = HasSchema(connection, options.DatabasePath);
            if (!hadSchema)
            {
                if (options.RestoreOnOpen)
                {
                    restored = SnapshotRestorer.RestoreNewest(connection, options.SnapshotDirectory, skipped, cancellationToken);
                }

                if (restored is null)
                {
                    StoreSchemaBuilder.Create(connection);
                }
            }
            else
            {
                // A working set written before a record gained a column gets the column (NULL in existing rows).
                StoreSchemaBuilder.AddMissingColumns(connection);
            }

            var report = new InventoryOpenReport { RestoredSnapshot = restored, MovedAside = movedAside, Problem = problem, SkippedSnapshots = skipped };
            if (movedAside is not null)
            {
                Log.MovedAside(options.Logger, problem, movedAside);
            }

            foreach (var reason in skipped)
            {
                Log.SnapshotSkipped(options.Logger, reason);
            }

            Log.Opened(options.Logger, options.InMemory ? options.DataDirectory : options.DatabasePath, options.InMemory, restored);
            // Before the store reads its version: writes acknowledged from the journal that DuckDB did not take yet.
            var journal = OpenJournal(connection, options, freshWorkingSet: !hadSchema, out var journaled);
            var store = new InventoryStore(options, connection, report, snapshot: null);
            if (journal is not null)
            {
                store.AttachJournal(journal, journaled);
            }

            if (restored is not null)
            {
                store.CreateIndexesInBackground();
            }

            return store;
        }
        catch (DuckDBException ex) when (DiskFull.Is(ex))
        {
            connection.Dispose();
            throw new InventoryStoreFullException($"the inventory store {options.DatabasePath} could not be opened: {DiskFull.Explain(ex)}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static DuckDBConnection OpenFile(InventoryStoreOptions options, out string? movedAside, out string? problem)
    {
        movedAside = null;
        problem = null;
        var path = options.DatabasePath;
        var existed = File.Exists(path);
        try
        {
            return DuckDbConnections.Open(path);
        }
        catch (DuckDBException ex) when (DiskFull.Is(ex))
        {
            // Not a damaged file: nothing to set aside. A file this open just created is empty; remove it.
            if (!existed)
            {
                TryDelete(path);
                TryDelete(path + ".wal");
            }

            throw new InventoryStoreFullException($"the inventory store {path} could not be opened: {DiskFull.Explain(ex)}", ex);
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            throw new InventoryStoreLockedException(
                $"the inventory store {path} is in use by another process ({LockHolder(ex.Message)}); " +
                "wait for it to finish, or, when it is 'discover serve', pass --server URL (and --token-file for changes) to go through its API", ex);
        }
        catch (DuckDBException ex)
        {
            // Unreadable (damaged, or not a DuckDB file): keep it for inspection and start from the newest snapshot.
            problem = ex.Message;
            var stamp = options.TimeProvider.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            movedAside = $"{path}.unreadable-{stamp}";
            File.Move(path, movedAside, overwrite: true);
            if (File.Exists(path + ".wal"))
            {
                File.Move(path + ".wal", movedAside + ".wal", overwrite: true);
            }

            return DuckDbConnections.Open(path);
        }
    }

    // DuckDB says "Conflicting lock is held in /usr/bin/dotnet (PID 1234) by user ...": name that process by its
    // command line, which tells a 'discover serve' from a 'discover collect'.
    private static string LockHolder(string message)
    {
        var start = message.IndexOf("(PID ", StringComparison.Ordinal);
        if (start < 0)
        {
            return "DuckDB holds a lock on it";
        }

        var digits = message[(start + 5)..].TakeWhile(char.IsAsciiDigit).ToArray();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? OtherProcess.Describe(pid) : "DuckDB holds a lock on it";
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An empty file: the next open uses it as a new store.
        }
    }

    private static bool HasSchema(StoreConnection connection, string path)
    {
        var exists = connection.Scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?", StoreSchema.Meta.Name);
        if (exists == "0")
        {
            return false;
        }

        var version = connection.Scalar($"SELECT value FROM {StoreSchema.Meta.Name} WHERE key = 'schema_version'");
        if (int.TryParse(version, CultureInfo.InvariantCulture, out var number) && number > StoreSchema.Version)
        {
            throw new InventoryStoreException(
                $"the inventory store {path} has schema version {number}; this discover reads up to {StoreSchema.Version} (upgrade discover)");
        }

        return version is not null;
    }
}
