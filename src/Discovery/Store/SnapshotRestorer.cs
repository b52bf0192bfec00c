using System.Text.Json;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.Store;

/// <summary>
/// Loads a snapshot into a connection's database, replacing every table, in one transaction: either the whole
/// snapshot is in, or nothing changed. Indexes are built after the bulk load.
/// </summary>
internal static class SnapshotRestorer
{
    /// <summary>Loads the newest snapshot that reads; null when there is none. Failures are added to <paramref name="skipped"/>.</summary>
    public static string? RestoreNewest(StoreConnection connection, string directory, List<string> skipped, CancellationToken cancellationToken)
    {
        foreach (var snapshot in SnapshotFiles.List(directory).Reverse())
        {
            try
            {
                Restore(connection, snapshot.Path, cancellationToken);
                return snapshot.Name;
            }
            catch (InventoryStoreException ex)
            {
                skipped.Add($"{snapshot.Name}: {ex.Message}");
            }
        }

        return null;
    }

    /// <exception cref="InventoryStoreException">The snapshot is damaged or of a newer schema; the database is unchanged.</exception>
    public static void Restore(StoreConnection connection, string snapshotPath, CancellationToken cancellationToken)
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

            StoreSchemaBuilder.CreateIndexes(connection);
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
