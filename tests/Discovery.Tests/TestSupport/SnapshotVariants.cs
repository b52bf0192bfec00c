using System.Diagnostics;
using System.Globalization;
using Discovery.Store;
using Discovery.Store.DuckDb;

namespace Discovery.Tests.TestSupport;

/// <summary>
/// <c>--bench-snapshot-variants DATA_DIR NODES</c>: where a snapshot's and a restore's time goes, variant by variant,
/// wall and process CPU each, the variants interleaved (BENCH_VARIANTS, comma-separated, run BENCH_REPEAT times, 2 by
/// default): on a shared machine only figures from one run compare. Seeds DATA_DIR and takes a snapshot once (kept for
/// the next run). A variant is a kind with settings after '+' (noorder, t1, uncompressed, nochk, d:method;method for
/// disabled_compression_methods):
/// restore (the restore's own code into a new file), memory (into memory), plain (its INSERTs with the variant's
/// settings only, each table timed; plain@copy-X from the files copy-X wrote), open (restore on open, and then its
/// indexes), scan (only reading the Parquet), profile (DuckDB's JSON profile of the nodes and nics INSERTs into
/// DATA_DIR/variants), copy (the snapshot's COPYs, each table timed; copy-X with the options in BENCH_COPY_X),
/// scanstore (only reading the working set), encodings (each nics.parquet's encodings per column).
/// </summary>
internal static class SnapshotVariants
{
    public static async Task<int> RunAsync(string dataDirectory, int nodes)
    {
        var options = new InventoryStoreOptions { DataDirectory = dataDirectory, SnapshotRetain = 3 };
        if (!File.Exists(options.DatabasePath) || SnapshotFiles.List(options.SnapshotDirectory).Count == 0)
        {
            await StoreBench.SeedOnlyAsync(dataDirectory, nodes);
            using var store = await InventoryStore.OpenAsync(options, CancellationToken.None);
            await store.CreateSnapshotAsync(onlyIfChanged: false, CancellationToken.None);
        }

        var snapshot = SnapshotFiles.List(options.SnapshotDirectory)[^1];
        var work = Path.Combine(dataDirectory, "variants");
        Directory.CreateDirectory(work);
        var names = (Environment.GetEnvironmentVariable("BENCH_VARIANTS") ?? "restore").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var repeat = int.Parse(Environment.GetEnvironmentVariable("BENCH_REPEAT") ?? "2", CultureInfo.InvariantCulture);
        foreach (var name in Enumerable.Range(0, repeat).SelectMany(_ => names))
        {
            var target = Path.Combine(work, "restore.duckdb");
            File.Delete(target);
            File.Delete(target + ".wal");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var note = Run(name, options, snapshot, target, work);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: wall {wall.Elapsed.TotalMilliseconds:F0} ms, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms {note}"));
        }

        return 0;
    }

    private static string Run(string name, InventoryStoreOptions options, SnapshotInfo snapshot, string target, string work)
    {
        var parts = name.Split('+');
        var settings = parts.Skip(1).Select(s => s switch
        {
            "noorder" => "SET preserve_insertion_order = false",
            "t1" => "SET threads = 1",
            "uncompressed" => "SET force_compression = 'uncompressed'",
            "nochk" => "SET checkpoint_threshold = '10GB'",
            var d when d.StartsWith("d:", StringComparison.Ordinal) => $"SET disabled_compression_methods = '{d[2..].Replace(';', ',')}'",
            _ => throw new ArgumentException(s),
        }).ToList();
        switch (parts[0])
        {
            case var from when from.StartsWith("plain", StringComparison.Ordinal):
            {
                // plain@copy-X: from the files variant copy-X wrote.
                var folder = from.Contains('@', StringComparison.Ordinal) ? Path.Combine(work, "rs-" + from[(from.IndexOf('@', StringComparison.Ordinal) + 1)..]) : snapshot.Path;
                // The restore's statements without its own compression setting (the variant's settings apply).
                using var c = new StoreConnection(DuckDbConnections.Open(target));
                settings.ForEach(c.Run);
                c.Run("BEGIN TRANSACTION");
                StoreSchemaBuilder.CreateTables(c);
                var each = new List<string>();
                foreach (var table in StoreSchema.All.Where(t => snapshot.Rows.GetValueOrDefault(t.Name) > 0))
                {
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var wall = Stopwatch.StartNew();
                    c.Run($"INSERT INTO {table.Name} SELECT * FROM read_parquet({DuckDbCommands.Literal(SnapshotFiles.TablePath(folder, table))})");
                    if (snapshot.Rows.GetValueOrDefault(table.Name) > 1000)
                    {
                        each.Add(string.Create(CultureInfo.InvariantCulture, $"{table.Name} {wall.ElapsedMilliseconds}/{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0}"));
                    }
                }

                var cpuCommit = Process.GetCurrentProcess().TotalProcessorTime;
                var wallCommit = Stopwatch.StartNew();
                c.Run("COMMIT");
                each.Add(string.Create(CultureInfo.InvariantCulture, $"commit {wallCommit.ElapsedMilliseconds}/{(Process.GetCurrentProcess().TotalProcessorTime - cpuCommit).TotalMilliseconds:F0}"));
                return string.Create(CultureInfo.InvariantCulture, $"({new FileInfo(target).Length / 1048576.0:F0} MB; wall/CPU ms {string.Join(", ", each)})");
            }

            case "open":
            {
                // Restore on open, as the bench times it: the working set deleted, the snapshots the seeded store's.
                var folder = Path.Combine(work, "open");
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                Directory.CreateDirectory(folder);
                Directory.CreateSymbolicLink(Path.Combine(folder, "snapshots"), options.SnapshotDirectory);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                var store = InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = folder }, CancellationToken.None).GetAwaiter().GetResult();
                var note = string.Create(CultureInfo.InvariantCulture, $"(open {wall.ElapsedMilliseconds}/{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0}");
                store.IndexesBuilt.GetAwaiter().GetResult();
                note += string.Create(CultureInfo.InvariantCulture, $", with indexes {wall.ElapsedMilliseconds}/{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0})");
                store.Dispose();
                return note;
            }

            case "restore":
            case "memory":
            {
                using var c = new StoreConnection(DuckDbConnections.Open(parts[0] == "memory" ? null : target));
                settings.ForEach(c.Run);
                SnapshotRestorer.Restore(c, snapshot.Path, CancellationToken.None, indexes: false);
                return string.Empty;
            }

            case "scan":
            {
                using var c = new StoreConnection(DuckDbConnections.Open(null));
                settings.ForEach(c.Run);
                foreach (var table in StoreSchema.All.Where(t => snapshot.Rows.GetValueOrDefault(t.Name) > 0))
                {
                    var hashes = string.Join(", ", table.Columns.Select(col => $"max(hash({col.Name}))"));
                    c.Run($"SELECT {hashes} FROM read_parquet({DuckDbCommands.Literal(SnapshotFiles.TablePath(snapshot.Path, table))})");
                }

                return string.Empty;
            }

            case "profile":
            {
                using var c = new StoreConnection(DuckDbConnections.Open(target));
                settings.ForEach(c.Run);
                StoreSchemaBuilder.CreateTables(c);
                c.Run("PRAGMA enable_profiling = 'json'");
                foreach (var table in new[] { StoreSchema.Nodes.Table, StoreSchema.Nics.Table })
                {
                    c.Run($"PRAGMA profiling_output = {DuckDbCommands.Literal(Path.Combine(work, table.Name + ".json"))}");
                    c.Run($"INSERT INTO {table.Name} SELECT * FROM read_parquet({DuckDbCommands.Literal(SnapshotFiles.TablePath(snapshot.Path, table))})");
                }

                return string.Empty;
            }

            case var copy when copy.StartsWith("copy", StringComparison.Ordinal):
            {
                // copy: the snapshot's COPY of every table; copy-OPTION: with BENCH_COPY_<OPTION> as the options.
                var copyOptions = copy == "copy" ? SnapshotWriter.CopyOptions : Environment.GetEnvironmentVariable("BENCH_COPY_" + copy[5..].ToUpperInvariant())!;
                using var c = new StoreConnection(DuckDbConnections.Open(options.DatabasePath));
                settings.ForEach(c.Run);
                long bytes = 0;
                var each = new List<string>();
                c.Run("BEGIN TRANSACTION");
                foreach (var table in StoreSchema.All)
                {
                    var kept = Path.Combine(work, "rs-" + copy);
                    Directory.CreateDirectory(kept);
                    var file = Path.Combine(kept, table.Name + ".parquet");
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var wall = Stopwatch.StartNew();
                    c.Run($"COPY (SELECT {table.ColumnList} FROM {table.Name}) TO {DuckDbCommands.Literal(file)} ({copyOptions})");
                    if (snapshot.Rows.GetValueOrDefault(table.Name) > 1000)
                    {
                        each.Add(string.Create(CultureInfo.InvariantCulture, $"{table.Name} {wall.ElapsedMilliseconds}/{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0}"));
                    }

                    bytes += new FileInfo(file).Length;
                }

                c.Run("COMMIT");
                return string.Create(CultureInfo.InvariantCulture, $"({bytes / 1048576.0:F1} MB; wall/CPU ms {string.Join(", ", each)})");
            }

            case "encodings":
            {
                using var c = new StoreConnection(DuckDbConnections.Open(null));
                var lines = new List<string>();
                foreach (var folder in new[] { snapshot.Path }.Concat(Directory.GetDirectories(work, "rs-*")))
                {
                    var file = DuckDbCommands.Literal(Path.Combine(folder, "nics.parquet"));
                    lines.Add(Path.GetFileName(folder) + ": " + string.Join("; ", c.ReadAll(
                        $"SELECT path_in_schema || ' ' || encodings || ' ' || (dictionary_page_offset IS NOT NULL) || ' ' || total_compressed_size FROM parquet_metadata({file}) WHERE row_group_id = 0",
                        [], r => r.GetString(0))));
                }

                return string.Join("\n", lines);
            }

            case "scanstore":
            {
                using var c = new StoreConnection(DuckDbConnections.Open(options.DatabasePath));
                settings.ForEach(c.Run);
                foreach (var table in StoreSchema.All)
                {
                    var hashes = string.Join(", ", table.Columns.Select(col => $"max(hash({col.Name}))"));
                    c.Run($"SELECT {hashes} FROM {table.Name}");
                }

                return string.Empty;
            }

            default:
                throw new ArgumentException(name);
        }
    }
}
