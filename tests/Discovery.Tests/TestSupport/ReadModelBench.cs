using System.Diagnostics;
using Discovery.Store;

namespace Discovery.Tests.TestSupport;

/// <summary>
/// <c>--bench-read-model DATA_DIR NODES</c> (scripts/bench-store.sh READ_MODEL_ONLY=1): where the read model load of
/// serve's start goes at NODES bench nodes. Each round times a bare scan of the node and NIC rows (DuckDB's share, the
/// floor), the same rows through the general record reader (the load's way before NodeRows), reading the nodes whole, their documents (JSON), the indexes and sort, and the whole load as serve does it.
/// </summary>
internal static class ReadModelBench
{
    public static async Task<int> RunAsync(string dataDirectory, int nodes)
    {
        var options = await StoreBench.SeededOptionsAsync(dataDirectory, nodes);
        using var store = await InventoryStore.OpenAsync(options, CancellationToken.None);
        await store.IndexesBuilt;
        for (var round = 1; round <= 3; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            var scanned = store.Read(c => Scan(c, "SELECT * FROM nodes") + Scan(c, "SELECT * FROM nics"));
            var scan = stopwatch.ElapsedMilliseconds;
            stopwatch.Restart();
            var general = store.Read(GeneralRead);
            var generalRead = stopwatch.ElapsedMilliseconds;
            stopwatch.Restart();
            var loaded = store.Read(c => store.NodeSet.LoadAll(c));
            var read = stopwatch.ElapsedMilliseconds;
            stopwatch.Restart();
            var documents = InventoryStore.NodeDocuments(loaded);
            var serialized = stopwatch.ElapsedMilliseconds;
            stopwatch.Restart();
            var model = NodeReadModel.Of(documents);
            var indexed = stopwatch.ElapsedMilliseconds;
            stopwatch.Restart();
            var whole = store.Read(store.BuildReadModel);
            Console.WriteLine(
                $"read model round {round} (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}): bare scan of {scanned:N0} rows {scan} ms; " +
                $"nodes and NICs through the general record reader {generalRead} ms ({general:N0}); " +
                $"nodes read whole {read} ms, documents {serialized} ms, indexed and sorted {indexed} ms ({model.Count:N0}); " +
                $"whole load {stopwatch.ElapsedMilliseconds} ms ({whole.Count:N0})");
        }

        return 0;
    }

    /// <summary>The anchor: node and NIC rows read as the load read them before <see cref="NodeRows"/>, through the general record reader.</summary>
    private static int GeneralRead(StoreConnection connection) =>
        StoreSchema.Nodes.Select(connection, string.Empty, []).Count +
        OwnedInterfaces.Load(connection, new FilterClause("owner_id IN (SELECT id FROM nodes)", [])).Count;

    /// <summary>Every row of <paramref name="sql"/> read and each column's value fetched (boxed), nothing kept.</summary>
    private static long Scan(StoreConnection connection, string sql) => connection.WithReader(sql, [], reader =>
    {
        var rows = 0L;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows++;
        }

        return rows;
    });
}
