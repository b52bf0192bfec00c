using System.Diagnostics;
using System.Globalization;
using Discovery.Store.DuckDb;
using Discovery.Store;

namespace Discovery.Tests.TestSupport;

/// <summary>
/// <c>--bench-store DATA_DIR NODES</c> (scripts/bench-store.sh): fills a store with NODES nodes (2 NICs each) and
/// NODES BMCs through SQL, then times a snapshot, a restore on open (working set deleted), an in-memory restore,
/// and in-process lookups and updates (skipped with <c>--bench-snapshots</c>). Prints one line per figure.
/// </summary>
internal static class StoreBench
{
    public static async Task<int> RunAsync(string dataDirectory, int nodes, bool snapshotsOnly = false)
    {
        var options = await CreateSeededAsync(dataDirectory, nodes);

        using (var store = await Timed("open", () => InventoryStore.OpenAsync(options, CancellationToken.None)))
        {
            SnapshotInfo? snapshot = null;
            var snapshotSeconds = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var started = Stopwatch.StartNew();
                snapshot = await Timed("snapshot", () => store.CreateSnapshotAsync(onlyIfChanged: false, CancellationToken.None));
                snapshotSeconds.Add(started.Elapsed.TotalSeconds);
            }

            Bench($"snapshot, {nodes:N0} nodes x 2 NICs (median of 3; goal 1.0 s as anchor)", snapshotSeconds.Order().ElementAt(1));

            Report($"snapshot size: {snapshot!.Bytes / 1048576.0:F1} MB in {snapshot.Rows.Count} files; working set {new FileInfo(options.DatabasePath).Length / 1048576.0:F1} MB");
            if (!snapshotsOnly)
            {
                await LookupsAndUpdatesAsync(store, nodes);
            }

            await store.CreateSnapshotAsync(onlyIfChanged: false, CancellationToken.None);
        }

        File.Delete(options.DatabasePath);
        var restoring = Stopwatch.StartNew();
        using (var restored = await Timed("restore on open (working set deleted)", () => InventoryStore.OpenAsync(options, CancellationToken.None)))
        {
            // Restore on start: from the call to open until the store answers with every row of the snapshot committed to
            // the working set. Its indexes (lookup aids, no constraint) are built after, in the background, while reads go on
            // and writes wait: timed on their own below, as is the read model serve loads next.
            Bench($"restore on start, working set deleted, {nodes:N0} nodes x 2 NICs (goal 1.0 s as anchor)", restoring.Elapsed.TotalSeconds);
            Report($"restored {restored.OpenReport.RestoredSnapshot}, version {restored.Version:N0}");
            await Timed("indexes built after the restore (in the background; writes wait for them)", async () =>
            {
                await restored.IndexesBuilt;
                return 0;
            });
            await Timed("read model load (serve does it in the background)", async () =>
            {
                await restored.LoadReadModelAsync();
                return restored.NodeModel!.Count;
            });
            ReadModelPhases(restored);
        }

        using (await Timed("restore in memory", () => InventoryStore.OpenAsync(options with { InMemory = true }, CancellationToken.None)))
        {
        }

        RestorePhases(options, Path.Combine(dataDirectory, "phases.duckdb"));
        return 0;
    }

    /// <summary>Where a read model load's time goes: the same steps again, each timed.</summary>
    private static void ReadModelPhases(InventoryStore store)
    {
        var stopwatch = Stopwatch.StartNew();
        var nodes = store.Read(c => store.NodeSet.LoadAll(c));
        var read = stopwatch.ElapsedMilliseconds;
        stopwatch.Restart();
        var documents = InventoryStore.NodeDocuments(nodes);
        var serialized = stopwatch.ElapsedMilliseconds;
        stopwatch.Restart();
        var model = NodeReadModel.Of(documents);
        Report($"read model phases: {nodes.Count:N0} nodes read from DuckDB {read} ms, documents (JSON) {serialized} ms, indexed and sorted {stopwatch.ElapsedMilliseconds} ms ({model.Count:N0})");
    }

    /// <summary>
    /// Where a restore's time goes: the newest snapshot loaded again into a new file the way the restore does it,
    /// each table's INSERT ... SELECT FROM read_parquet (with the restore's compression setting) and then each index timed on its own.
    /// </summary>
    private static void RestorePhases(InventoryStoreOptions options, string databasePath)
    {
        var snapshot = SnapshotFiles.List(options.SnapshotDirectory)[^1];
        var phases = new List<string>();
        using (var c = new StoreConnection(DuckDbConnections.Open(databasePath)))
        {
            StoreSchemaBuilder.CreateTables(c);
            c.Run($"SET disabled_compression_methods = '{SnapshotRestorer.CostlyCompression}'");
            var stopwatch = Stopwatch.StartNew();
            foreach (var table in StoreSchema.All.Where(t => snapshot.Rows.GetValueOrDefault(t.Name) > 0))
            {
                c.Run($"INSERT INTO {table.Name} SELECT * FROM read_parquet({DuckDbCommands.Literal(SnapshotFiles.TablePath(snapshot.Path, table))})");
                phases.Add($"insert {table.Name} {stopwatch.ElapsedMilliseconds} ms");
                stopwatch.Restart();
            }

            foreach (var sql in StoreSchema.All.SelectMany(t => t.CreateIndexSql))
            {
                c.Run(sql);
                phases.Add($"{sql.Split(' ')[2]} {stopwatch.ElapsedMilliseconds} ms");
                stopwatch.Restart();
            }
        }

        Report($"restore phases (to a file, one statement each): {string.Join(", ", phases)}");
        File.Delete(databasePath);
    }

    private static async Task LookupsAndUpdatesAsync(InventoryStore store, int nodes)
    {
        var filter = new Dictionary<string, string> { ["xname"] = Xname(nodes / 2) };
        for (var i = 0; i < 3; i++)
        {
            await Timed("get by xname (in process)", () => store.Nodes.ListAsync(new RecordQuery { Filters = filter }, CancellationToken.None));
        }

        var loop = Stopwatch.StartNew();
        var random = new Random(42);
        for (var i = 0; i < 500; i++)
        {
            await store.Nodes.ListAsync(new RecordQuery { Filters = new Dictionary<string, string> { ["xname"] = Xname(random.Next(nodes)) } }, CancellationToken.None);
        }

        Report($"get by xname x500 (in process): {loop.Elapsed.TotalMilliseconds / 500:F2} ms each");
        loop.Restart();
        for (var i = 0; i < 500; i++)
        {
            await store.Nodes.GetAsync(Xname(random.Next(nodes)), CancellationToken.None);
        }

        Report($"get by key x500 (in process): {loop.Elapsed.TotalMilliseconds / 500:F2} ms each");
        var node = (await store.Nodes.ListAsync(new RecordQuery { Filters = filter }, CancellationToken.None)).Items[0];
        for (var i = 0; i < 3; i++)
        {
            var host = "bench" + i.ToString(CultureInfo.InvariantCulture);
            await Timed("put (in process)", () => store.Nodes.ReplaceAsync(node.Id.ToString(), node with { Hostname = host }, WriteConditions.None, CancellationToken.None));
        }
    }

    /// <summary><c>--seed-store DATA_DIR NODES</c> (scripts/bench-ui.sh, bench-store.sh PUT_ONLY=1): a new store holding only the bench's seeded nodes, NICs and BMCs.</summary>
    public static async Task<int> SeedOnlyAsync(string dataDirectory, int nodes)
    {
        await CreateSeededAsync(dataDirectory, nodes);
        return 0;
    }

    /// <summary>The options of a store in <paramref name="dataDirectory"/> holding <paramref name="nodes"/> bench nodes, seeded unless it already holds them.</summary>
    public static async Task<InventoryStoreOptions> SeededOptionsAsync(string dataDirectory, int nodes)
    {
        var options = new InventoryStoreOptions { DataDirectory = dataDirectory, SnapshotRetain = 3 };
        if (File.Exists(options.DatabasePath))
        {
            using var c = DuckDbConnections.Open(options.DatabasePath);
            if (Convert.ToInt32(c.Scalar("SELECT count(*) FROM nodes", []), CultureInfo.InvariantCulture) == nodes)
            {
                return options;
            }
        }

        return await CreateSeededAsync(dataDirectory, nodes);
    }

    /// <summary>A new store in <paramref name="dataDirectory"/> (emptied first) filled with <paramref name="nodes"/> bench nodes.</summary>
    private static async Task<InventoryStoreOptions> CreateSeededAsync(string dataDirectory, int nodes)
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        var options = new InventoryStoreOptions { DataDirectory = dataDirectory, SnapshotRetain = 3 };
        (await InventoryStore.OpenAsync(options, CancellationToken.None)).Dispose();
        var stopwatch = Stopwatch.StartNew();
        Seed(options.DatabasePath, nodes);
        Report($"seed: {nodes:N0} nodes, {2 * nodes:N0} NICs, {nodes:N0} BMCs in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return options;
    }

    /// <summary>The xname of bench node <paramref name="i"/> (and, without the n0, of its BMC).</summary>
    public static string Xname(int i) => string.Create(CultureInfo.InvariantCulture, $"x{1000 + (i / 256)}c0s{i % 256}b0n0");

    private static void Seed(string databasePath, int nodes)
    {
        using var c = DuckDbConnections.Open(databasePath);
        foreach (var table in StoreSchema.All)
        {
            foreach (var column in table.Indexes)
            {
                c.Execute($"DROP INDEX IF EXISTS {table.Name}_{column}");
            }
        }

        var n = nodes.ToString(CultureInfo.InvariantCulture);
        var xname = "'x' || (1000 + i // 256) || 'c0s' || (i % 256) || 'b0'";
        var octets = "(i // 65536) || '.' || (i // 256 % 256) || '.' || (i % 256)";
        var macTail = "printf('%02x:%02x:%02x', i // 65536, i // 256 % 256, i % 256)";
        // Columns by name: a column a record gains later stays NULL here, as in a store written before it.
        c.Execute("INSERT INTO bmcs (id, xname, ip, port, mac, manufacturer, model, firmware_version, redfish_version, service_uuid, manager_type, " +
            "first_seen, last_seen, last_crawl_status, last_updated, version) " +
            $"SELECT uuid(), {xname}, '10.' || {octets}, 443, '02:00:' || {macTail} || ':ff', 'Contoso', 'M1', '1.0', " +
            $"'1.8.0', CAST(uuid() AS VARCHAR), 'BMC', now(), now(), 'ok', now(), i + 1 FROM range({n}) t(i)");
        c.Execute("INSERT INTO nodes (id, xname, hostname, arch, manufacturer, model, serial_number, system_uuid, bios_version, power_state, " +
            "processor_count, processor_model, memory_gib, boot_mac, management_ip, bmc_id, bmc_ip, bmc_mac, redfish_uri, first_seen, last_seen, " +
            "last_updated, version) " +
            $"SELECT uuid(), {xname} || 'n0', 'node' || i, 'x86_64', 'Contoso', 'R1', 'SN' || i, CAST(uuid() AS VARCHAR), " +
            $"'2.1', 'On', 2, 'Xeon', 256.0, '02:01:' || {macTail} || ':00', '10.100.' || (i // 256 % 256) || '.' || (i % 256), b.id, b.ip, b.mac, " +
            $"'/redfish/v1/Systems/1', now(), now(), now(), {n} + i + 1 FROM (SELECT id, ip, mac, row_number() OVER () - 1 AS i FROM bmcs) b");
        c.Execute("INSERT INTO nics (id, owner_id, owner_kind, name, redfish_uri, mac_address, ipv4_addresses, ipv6_addresses, speed_mbps, " +
            "link_status, enabled, last_updated, version) " +
            $"SELECT uuid(), n.id, 'node', 'eth' || k, '/redfish/v1/Systems/1/EthernetInterfaces/' || k, " +
            $"'02:01:' || {macTail} || ':0' || k, ['10.' || (16 + i // 65536) || '.' || (i // 256 % 256) || '.' || (i % 256)], [], 25000, 'LinkUp', true, now(), " +
            $"3 * {n} + i * 2 + k + 1 FROM (SELECT id, row_number() OVER () - 1 AS i FROM nodes) n, range(2) r(k)");
        foreach (var sql in StoreSchema.All.SelectMany(t => t.CreateIndexSql))
        {
            c.Execute(sql);
        }

        c.Execute("CHECKPOINT");
    }

    private static async Task<T> Timed<T>(string what, Func<Task<T>> work)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await work();
        Report($"{what}: {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
        return result;
    }

    private static void Report(string line) => Console.WriteLine(line);

    /// <summary>A BENCH line (scripts/bench.sh) for a time whose goal is at most 1.0 s, the goal standing in as the anchor.</summary>
    private static void Bench(string figure, double seconds) => Report(string.Create(CultureInfo.InvariantCulture,
        $"BENCH\t{figure}\t{seconds:F2} s\t1.00 s\t{seconds:F2}\t<= 1.00\t{(seconds <= 1.0 ? "yes" : "no")}"));
}
