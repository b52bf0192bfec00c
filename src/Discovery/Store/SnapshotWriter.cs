using System.Text.Json;
using Discovery.Files;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.Store;

/// <summary>
/// Writes a snapshot: every table copied to zstd Parquet inside one read transaction (a consistent view while
/// writers go on), each file fsynced, the manifest written last, then the folder renamed into place.
/// </summary>
internal static class SnapshotWriter
{
    /// <summary>
    /// zstd at level 1 and Parquet's version 2 encodings (delta and byte-stream-split instead of plain pages with a
    /// dictionary tried on every text column): about a third less CPU than level 3 with version 1 for a file of the same
    /// size (measured on the bench's 250,000 nodes: 0.60 s instead of 0.95 s for the nodes table). DuckDB reads both,
    /// so older snapshots restore as before.
    /// </summary>
    /// <remarks>
    /// No dictionary pages (a dictionary of at most 1 byte): DuckDB's writer otherwise hashes every string of every text
    /// column to size a dictionary, which with version 2 encodings it then hardly uses (the bench's files came out within
    /// 3 KB of 34 MB either way) while the hashing was about a quarter of a snapshot's CPU (bench, 250,000 nodes, five
    /// runs each way in one process: median 1.51 s of CPU instead of 2.06 s; perf: Hash&lt;string_t&gt; and its memcmp
    /// 9% of the samples). Repeated values (vendor, model, firmware) still compress, in zstd.
    /// </remarks>
    internal const string CopyOptions = "FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1, PARQUET_VERSION V2, DICTIONARY_SIZE_LIMIT 1";

    public static SnapshotInfo Write(StoreConnection connection, string directory, DateTimeOffset takenAt, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = SnapshotFiles.NameOf(takenAt);
        while (Directory.Exists(Path.Combine(directory, name)))
        {
            takenAt = takenAt.AddMilliseconds(1);
            name = SnapshotFiles.NameOf(takenAt);
        }

        var temp = SnapshotFiles.TempPath(directory, name);
        Directory.CreateDirectory(temp);
        // Each file goes to disk while DuckDB writes the next (the fsyncs of 250,000 nodes' files took ~150 ms in a row).
        var flushes = new List<Task>();
        try
        {
            var rows = new Dictionary<string, long>(StringComparer.Ordinal);
            long version;
            connection.Run("BEGIN TRANSACTION");
            try
            {
                foreach (var table in StoreSchema.All)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var path = SnapshotFiles.TablePath(temp, table);
                    // COPY answers with the rows it wrote: no second pass over the table to count them.
                    rows[table.Name] = connection.Execute($"COPY (SELECT {table.ColumnList} FROM {table.Name}) TO {DuckDbCommands.Literal(path)} ({CopyOptions})");
                    flushes.Add(Task.Run(() => Flush(path), CancellationToken.None));
                }

                version = StoreVersion.ReadMax(connection);
            }
            finally
            {
                connection.Run("COMMIT");
            }

            foreach (var flush in flushes)
            {
                flush.GetAwaiter().GetResult();
            }

            var files = Directory.GetFiles(temp);

            var info = new SnapshotInfo
            {
                Name = name,
                TakenAt = takenAt,
                Version = version,
                SchemaVersion = StoreSchema.Version,
                Rows = rows,
                Bytes = files.Sum(f => new FileInfo(f).Length),
            };
            var manifest = Path.Combine(temp, SnapshotFiles.ManifestName);
            File.WriteAllText(manifest, JsonSerializer.Serialize(info, StorageJsonContext.Default.SnapshotInfo));
            Flush(manifest);
            var final = Path.Combine(directory, name);
            DurableFile.MoveDirectoryIntoPlace(temp, final);
            return info with { Path = final };
        }
        catch (Exception ex) when (ex is DuckDBException or IOException)
        {
            // A full disk or an I/O error: the store's own failure (serve logs it and keeps serving).
            Settle(flushes);
            TryDelete(temp);
            var message = $"the snapshot {temp} could not be written: {DiskFull.Explain(ex)}";
            throw DiskFull.Is(ex) ? new InventoryStoreFullException(message, ex) : new InventoryStoreException(message, ex);
        }
        catch
        {
            Settle(flushes);
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Waits for the flushes still running (their own failures aside) before their folder is deleted.</summary>
    private static void Settle(List<Task> flushes)
    {
        try
        {
            Task.WaitAll(flushes);
        }
        catch (AggregateException)
        {
            // The snapshot failed already; a flush of a half-written file that failed too changes nothing.
        }
    }

    private static void Flush(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite);
        RandomAccess.FlushToDisk(handle);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Removed on the next open.
        }
    }
}
