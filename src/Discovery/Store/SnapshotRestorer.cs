using System.Text.Json;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.Store;

/// <summary>
/// Loads a snapshot into a connection's database, replacing every table, in one transaction: either the whole
/// snapshot is in, or nothing changed. Indexes are built after the bulk load (in the same transaction, or later by the
/// caller: they are lookup aids, no constraint hangs on them).
/// </summary>
/// <remarks>
/// The restored rows are written without DuckDB's dictionary and FSST string compression: analysing every text column
/// for them is most of a restore's time into a file (bench, 250,000 nodes: 3.2 s of CPU with them, 1.4 s without), and
/// the price is a larger file (the bench's tables: 185 MB instead of 58 MB) until the rows are written again.
/// </remarks>
internal static class SnapshotRestorer
{
    internal const string CostlyCompression = "dictionary,fsst,dict_fsst";

    /// <summary>Loads the newest snapshot that reads, without indexes (<see cref="StoreSchemaBuilder.CreateIndexes"/> is the caller's); null when there is none. Failures are added to <paramref name="skipped"/>.</summary>
    public static string? RestoreNewest(StoreConnection connection, string directory, List<string> skipped, CancellationToken cancellationToken)
    {
        foreach (var snapshot in SnapshotFiles.List(directory).Reverse())
        {
            try
            {
                Restore(connection, snapshot.Path, cancellationToken, indexes: false);
                return snapshot.Name;
            }
            catch (InventoryStoreException ex)
            {
                skipped.Add($"{snapshot.Name}: {ex.Message}");
            }
        }

        return null;
    }

    /// <param name="connection">The database to replace the tables of.</param>
    /// <param name="snapshotPath">The snapshot folder.</param>
    /// <param name="cancellationToken">Stops between tables; nothing changed.</param>
    /// <param name="indexes">Build the tables' indexes in the restore's transaction; false leaves them to the caller.</param>
    /// <exception cref="InventoryStoreException">The snapshot is damaged or of a newer schema; the database is unchanged.</exception>
    public static void Restore(StoreConnection connection, string snapshotPath, CancellationToken cancellationToken, bool indexes = true)
    {
        var manifestPath = Path.Combine(snapshotPath, SnapshotFiles.ManifestName);
        SnapshotInfo? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(File.ReadAllText(manifestPath), StorageJsonContext.Default.SnapshotInfo);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new InventoryStoreException($"snapshot {snapshotPath} has no readable {SnapshotFiles.ManifestName}: {ex.Message}", ex);
        }

        if (manifest is null || manifest.SchemaVersion > StoreSchema.Version)
        {
            throw new InventoryStoreException(
                $"snapshot {snapshotPath} has schema version {manifest?.SchemaVersion}; this discover reads up to {StoreSchema.Version}");
        }

        // A database-wide setting, put back below: the working set's own checkpoints compress as usual.
        connection.Run($"SET disabled_compression_methods = '{CostlyCompression}'");
        try
        {
            Load(connection, snapshotPath, manifest, indexes, cancellationToken);
        }
        finally
        {
            connection.Run("RESET disabled_compression_methods");
        }
    }

    private static void Load(StoreConnection connection, string snapshotPath, SnapshotInfo manifest, bool indexes, CancellationToken cancellationToken)
    {
        connection.Run("BEGIN TRANSACTION");
        try
        {
            StoreSchemaBuilder.DropTables(connection);
            StoreSchemaBuilder.CreateTables(connection);
            foreach (var table in StoreSchema.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = SnapshotFiles.TablePath(snapshotPath, table);
                if (!manifest.Rows.ContainsKey(table.Name) && !File.Exists(file))
                {
                    continue; // a table added since the snapshot was taken restores empty
                }

                var source = $"read_parquet({DuckDbCommands.Literal(file)})";
                // By name: a snapshot taken before a record gained a column restores with that column NULL.
                var inFile = connection.ReadAll($"DESCRIBE SELECT * FROM {source}", [], r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
                var columns = string.Join(", ", table.Columns.Where(c => inFile.Contains(c.Name)).Select(c => c.Name));
                var inserted = connection.Execute($"INSERT INTO {table.Name} ({columns}) SELECT {columns} FROM {source}");
                if (manifest.Rows.TryGetValue(table.Name, out var expected) && expected != inserted)
                {
                    throw new InventoryStoreException(
                        $"snapshot {snapshotPath}: {table.Name}.parquet has {inserted} rows, the manifest says {expected}");
                }
            }

            if (indexes)
            {
                StoreSchemaBuilder.CreateIndexes(connection);
            }

            StoreSchemaBuilder.WriteSchemaVersion(connection);
            connection.Run("COMMIT");
        }
        catch (DuckDBException ex)
        {
            connection.Run("ROLLBACK");
            throw new InventoryStoreException($"snapshot {snapshotPath} does not read: {ex.Message}", ex);
        }
        catch
        {
            connection.Run("ROLLBACK");
            throw;
        }
    }
}
