using Discovery.Records;
using Discovery.Testing;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>
/// The write journal in front of DuckDB (issue 14): grouped API writes are acknowledged once journaled, and whatever
/// reads or writes DuckDB itself (history, snapshots, apply) sees every one of them, even while DuckDB is held behind.
/// </summary>
public sealed class WriteJournalTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string JournalPath => Path.Combine(_directory.Path, WriteJournal.FileName);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task JournaledWrites_DuckDbHeldBehind_HistorySnapshotAndApplySeeEveryOne()
    {
        using var store = await OpenHeldBehindAsync();
        await store.LoadReadModelAsync();
        var created = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => store.Nodes.CreateAsync(Node(i), WriteConditions.None, Token)));
        var renamed = await store.Nodes.ReplaceAsync("x3000c0s1b0n0", created[0].Record! with { Hostname = "login1" }, new WriteConditions { IfMatch = created[0].Version }, Token);

        // Acknowledged from the journal: DuckDB has not taken them (its apply never comes by itself here).
        Assert.Equal(WriteOutcome.Updated, renamed.Outcome);
        Assert.True(new FileInfo(JournalPath).Length > 0);
        Assert.Equal("login1", (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record.Hostname);

        // A read of DuckDB applies the journal first: every write has its history event, in order, once.
        var history = await store.ReadHistoryAsync(new HistoryQuery { Kind = RecordKind.Node }, Token);
        Assert.Equal([.. created.Select(c => c.Version).Order(), renamed.Version], history.Select(h => h.Sequence));
        Assert.Equal(ChangeKind.Changed, history[^1].Event);

        // A stale ETag is refused as before.
        var stale = await store.Nodes.ReplaceAsync("x3000c0s1b0n0", created[0].Record! with { Hostname = "late" }, new WriteConditions { IfMatch = created[0].Version }, Token);
        Assert.Equal(WriteOutcome.PreconditionFailed, stale.Outcome);

        // An apply (a writer of DuckDB itself) comes after the journaled writes: it finds the nodes they created.
        var moreJournaled = await store.Nodes.CreateAsync(Node(9), WriteConditions.None, Token);
        var report = await store.ApplyAsync(new ApplyRequest { Sources = [new ManifestSource("g.yaml", "kind: NodeGroup\nname: g\nmembers: [x3000c0s9b0n0, x3000c0s1b0n0]\n")] }, "test", Token);
        Assert.Empty(report.Errors);
        Assert.Equal(["g"], (await store.Nodes.GetAsync("x3000c0s9b0n0", Token))!.Record.Groups);
        Assert.True(moreJournaled.Version < store.Version);

        // A snapshot holds every acknowledged write.
        await store.Nodes.CreateAsync(Node(10), WriteConditions.None, Token);
        var snapshot = await store.CreateSnapshotAsync(Token);
        Assert.Equal(store.Version, snapshot!.Version);
        using var past = await InventoryStore.OpenSnapshotAsync(store.Options, snapshot, Token);
        Assert.Equal(10, (await past.Nodes.ListAsync(new RecordQuery { Limit = null }, Token)).Items.Count);
    }

    [Fact]
    public async Task Close_DuckDbHeldBehind_TakesTheJournalInAndEmptiesIt()
    {
        long version;
        using (var store = await OpenHeldBehindAsync())
        {
            await store.LoadReadModelAsync();
            await Task.WhenAll(Enumerable.Range(1, 5).Select(i => store.Nodes.CreateAsync(Node(i), WriteConditions.None, Token)));
            version = store.Version;
            Assert.True(new FileInfo(JournalPath).Length > 0);
        }

        Assert.Equal(0, new FileInfo(JournalPath).Length);
        using var reopened = await OpenHeldBehindAsync();
        Assert.Equal(version, reopened.Version);
        Assert.Equal(5, (await reopened.Nodes.ListAsync(new RecordQuery { Limit = null }, Token)).Items.Count);
    }

    [Fact]
    public async Task Open_WorkingSetGone_SetsTheOldJournalAsideInsteadOfReplayingIt()
    {
        File.WriteAllBytes(JournalPath, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);

        using var store = await OpenHeldBehindAsync();

        Assert.Equal(0, new FileInfo(JournalPath).Length);
        var aside = Assert.Single(Directory.GetFiles(_directory.Path, WriteJournal.FileName + ".unapplied-*"));
        Assert.Equal(17, new FileInfo(aside).Length);
    }

    /// <summary>A sample node whose NICs carry no id (the store assigns them): a NIC id a writer chooses is checked in DuckDB, which takes the write off the journal.</summary>
    private static ComputeNode Node(int i) =>
        InventorySamples.Node(i) with { NetworkInterfaces = [.. InventorySamples.Node(i).NetworkInterfaces.Select(n => n with { Id = Guid.Empty })] };

    private Task<InventoryStore> OpenHeldBehindAsync() => InventoryStore.OpenAsync(
        new InventoryStoreOptions { DataDirectory = _directory.Path, TimeProvider = _clock, JournalApplyDelay = Timeout.InfiniteTimeSpan }, Token);
}
