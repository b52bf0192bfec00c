using Discovery.Testing;
using Discovery.Records;
using Discovery.Store;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

public sealed class InventorySnapshotTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string SnapshotDirectory => Path.Combine(_directory.Path, "snapshots");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task CreateSnapshotAsync_WritesOneZstdParquetFilePerTableAndAManifest()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, InventorySamples.Node(1), InventorySamples.Node(1, system: 2))], Token);

        var snapshot = await store.CreateSnapshotAsync(onlyIfChanged: false, Token);

        Assert.NotNull(snapshot);
        Assert.Equal("20261122T021500.000Z", snapshot.Name);
        Assert.Equal((2L, 5L, 1L), (snapshot.Rows["nodes"], snapshot.Rows["nics"], snapshot.Rows["bmcs"]));
        var nodes = Path.Combine(SnapshotDirectory, snapshot.Name, "nodes.parquet");
        Assert.Equal(2, ParquetCheck.CountRows(nodes));
        Assert.Equal("ZSTD", ParquetCheck.Scalar($"select distinct compression from parquet_metadata('{nodes}')"));
        Assert.Equal("x3000c0s1b0n1", ParquetCheck.Scalar($"select max(xname) from read_parquet('{nodes}')"));
        Assert.Equal([snapshot.Name], store.ListSnapshots().Select(s => s.Name));
        Assert.Null(await store.CreateSnapshotAsync(onlyIfChanged: true, Token));
    }

    [Fact]
    public async Task CreateSnapshotAsync_Retain3_KeepsExactlyTheNewestThree()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock, retain: 3);
        var names = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            await store.Nodes.CreateAsync(InventorySamples.Node(i), WriteConditions.None, Token);
            _clock.SetUtcNow(InventorySamples.Start.AddMinutes(i));
            names.Add((await store.CreateSnapshotAsync(onlyIfChanged: true, Token))!.Name);
        }

        Assert.Equal(names.Skip(2), store.ListSnapshots().Select(s => s.Name));
        Assert.Equal(3, Directory.GetDirectories(SnapshotDirectory).Length);
    }

    [Fact]
    public async Task OpenAsync_WorkingSetDeleted_RestoresTheLastSnapshot()
    {
        string last;
        using (var store = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token);
            await store.CreateSnapshotAsync(false, Token);
            await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "compute", Members = ["x3000c0s1b0n0"] }, WriteConditions.None, Token);
            _clock.Advance(TimeSpan.FromMinutes(1));
            last = (await store.CreateSnapshotAsync(false, Token))!.Name;
        }

        File.Delete(Path.Combine(_directory.Path, InventoryStoreOptions.DatabaseFileName));
        using var reopened = await InventorySamples.OpenAsync(_directory.Path, _clock);

        Assert.Equal(last, reopened.OpenReport.RestoredSnapshot);
        var node = (await reopened.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
        Assert.Equal(["compute"], node.Groups);
        Assert.Equal(2, node.NetworkInterfaces.Count);
        Assert.Equal([ChangeKind.Added], (await reopened.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s1b0n0" }, Token)).Select(h => h.Event));
        // Indexes come back too: a lookup by xname after the bulk load still finds exactly one node.
        Assert.Equal(1, (await reopened.Nodes.ListAsync(new RecordQuery { Filters = new Dictionary<string, string> { ["xname"] = "x3000c0s1b0n0" } }, Token)).Total);
    }

    [Fact]
    public async Task OpenAsync_WorkingSetDeleted_RestoresEveryRowThenBuildsEveryIndexAndCompressesAgain()
    {
        SnapshotInfo snapshot;
        using (var store = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            await store.UpsertCollectedAsync([.. Enumerable.Range(1, 5).Select(i => InventorySamples.Collected(i, InventorySamples.Node(i)))], Token);
            snapshot = (await store.CreateSnapshotAsync(false, Token))!;
        }

        File.Delete(Path.Combine(_directory.Path, InventoryStoreOptions.DatabaseFileName));
        using var reopened = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await reopened.IndexesBuilt;

        // The manifest's counts come from the COPYs themselves (a BMC has a NIC too); every row of them is back.
        Assert.Equal((5L, 15L, 5L), (snapshot.Rows["nodes"], snapshot.Rows["nics"], snapshot.Rows["bmcs"]));
        foreach (var table in StoreSchema.All)
        {
            Assert.Equal($"{table.Name} {snapshot.Rows.GetValueOrDefault(table.Name)}", $"{table.Name} {reopened.Read(c => c.Scalar($"SELECT count(*) FROM {table.Name}"))}");
        }

        var indexes = reopened.Read(c => c.ReadAll("SELECT index_name FROM duckdb_indexes() ORDER BY index_name", [], r => r.GetString(0)));
        Assert.Equal(StoreSchema.All.SelectMany(t => t.Indexes.Select(i => $"{t.Name}_{i}")).Order(StringComparer.Ordinal), indexes);
        // The restore's setting (no dictionary or FSST compression for the bulk load) is put back for later checkpoints.
        Assert.Equal(string.Empty, reopened.Read(c => c.Scalar("SELECT current_setting('disabled_compression_methods')")));
        var written = await reopened.Nodes.CreateAsync(InventorySamples.Node(6), WriteConditions.None, Token);
        Assert.Equal(WriteOutcome.Created, written.Outcome);
        Assert.Equal(written.Version, (await reopened.Nodes.GetAsync("x3000c0s6b0n0", Token))!.Version);
    }

    [Fact]
    public async Task OpenAsync_RestoredButIndexesNeverBuilt_NextOpenBuildsThem()
    {
        using (var store = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token);
            await store.CreateSnapshotAsync(false, Token);
        }

        // As a kill between the restore's commit and the indexes would leave it: the rows, no index.
        File.Delete(Path.Combine(_directory.Path, InventoryStoreOptions.DatabaseFileName));
        using (var connection = new StoreConnection(DuckDb.DuckDbConnections.Open(Path.Combine(_directory.Path, InventoryStoreOptions.DatabaseFileName))))
        {
            Assert.NotNull(SnapshotRestorer.RestoreNewest(connection, SnapshotDirectory, [], Token));
            Assert.Equal("0", connection.Scalar("SELECT count(*) FROM duckdb_indexes()"));
        }

        using var reopened = await InventorySamples.OpenAsync(_directory.Path, _clock);

        Assert.Null(reopened.OpenReport.RestoredSnapshot);
        Assert.Equal(StoreSchema.All.Sum(t => t.Indexes.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
            reopened.Read(c => c.Scalar("SELECT count(*) FROM duckdb_indexes()")));
        Assert.Equal("node0001", (await reopened.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record.Hostname);
    }

    [Fact]
    public async Task OpenAsync_WorkingSetUnreadable_MovesItAsideAndRestoresSkippingADamagedSnapshot()
    {
        string good;
        using (var store = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token);
            good = (await store.CreateSnapshotAsync(false, Token))!.Name;
            await store.Nodes.CreateAsync(InventorySamples.Node(2), WriteConditions.None, Token);
            _clock.Advance(TimeSpan.FromMinutes(1));
            var damaged = (await store.CreateSnapshotAsync(false, Token))!;
            await File.WriteAllBytesAsync(Path.Combine(damaged.Path, "nics.parquet"), new byte[100], Token);
        }

        var database = Path.Combine(_directory.Path, InventoryStoreOptions.DatabaseFileName);
        await File.WriteAllTextAsync(database, "this is not a DuckDB file", Token);
        using var reopened = await InventorySamples.OpenAsync(_directory.Path, _clock);

        Assert.Equal(good, reopened.OpenReport.RestoredSnapshot);
        Assert.Contains("nics.parquet", Assert.Single(reopened.OpenReport.SkippedSnapshots), StringComparison.Ordinal);
        Assert.True(File.Exists(reopened.OpenReport.MovedAside), reopened.OpenReport.MovedAside);
        Assert.NotNull(reopened.OpenReport.Problem);
        Assert.Equal(["x3000c0s1b0n0"], (await reopened.Nodes.ListAsync(new RecordQuery(), Token)).Items.Select(n => n.Xname));
    }

    [Fact]
    public async Task ListAsync_AsOf_ReadsTheNewestSnapshotTakenBeforeThatTime()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var node = (await store.Nodes.CreateAsync(InventorySamples.Node(1) with { Hostname = "before" }, WriteConditions.None, Token)).Record!;
        var first = (await store.CreateSnapshotAsync(false, Token))!;
        _clock.SetUtcNow(InventorySamples.Start.AddHours(2));
        await store.Nodes.ReplaceAsync(node.Id.ToString(), node with { Hostname = "after" }, WriteConditions.None, Token);
        await store.CreateSnapshotAsync(false, Token);

        var past = await store.Nodes.ListAsync(new RecordQuery { AsOf = InventorySamples.Start.AddHours(1) }, Token);
        var now = await store.Nodes.ListAsync(new RecordQuery(), Token);

        Assert.Equal((first.Name, "before"), (past.Snapshot, Assert.Single(past.Items).Hostname));
        Assert.Equal("after", Assert.Single(now.Items).Hostname);
        var tooEarly = await Assert.ThrowsAsync<InventoryQueryException>(() => store.Nodes.ListAsync(new RecordQuery { AsOf = InventorySamples.Start.AddDays(-1) }, Token));
        Assert.Equal("as_of", tooEarly.Parameter);
    }

    [Fact]
    public async Task RestoreSnapshotAsync_GoesBackButVersionsKeepCountingUp()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token);
        var snapshot = (await store.CreateSnapshotAsync(false, Token))!;
        _clock.Advance(TimeSpan.FromMinutes(1));
        await store.Nodes.CreateAsync(InventorySamples.Node(2), WriteConditions.None, Token);
        var versionBefore = store.Version;

        var safety = await store.RestoreSnapshotAsync(snapshot.Name, Token);
        var next = await store.Nodes.CreateAsync(InventorySamples.Node(3), WriteConditions.None, Token);

        Assert.Equal(2L, safety!.Rows["nodes"]);
        Assert.Equal(["x3000c0s1b0n0", "x3000c0s3b0n0"], (await store.Nodes.ListAsync(new RecordQuery(), Token)).Items.Select(n => n.Xname));
        Assert.True(next.Version > versionBefore, $"{next.Version} should be above {versionBefore}");
    }

    [Fact]
    public async Task OpenAsync_InMemory_StartsFromTheNewestSnapshot()
    {
        using (var durable = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            await durable.Nodes.CreateAsync(InventorySamples.Node(7), WriteConditions.None, Token);
            await durable.CreateSnapshotAsync(false, Token);
        }

        using var memory = await InventorySamples.OpenAsync(_directory.Path, _clock, inMemory: true);

        Assert.NotNull(memory.OpenReport.RestoredSnapshot);
        Assert.NotNull(await memory.Nodes.GetAsync("x3000c0s7b0n0", Token));
    }
}
