using Discovery.Records;
using Discovery.Testing;
using Discovery.Testing.Logging;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>
/// Group commit of one-record writes (issue 14): concurrent writers share transactions, and each still gets the
/// outcome it would have had alone: its own version, its own history event and actor, its own refusal.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ConcurrentCreates_SomeRefused_EachWriterGetsItsOwnOutcomeVersionAndHistory(bool readModel)
    {
        using (var store = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            if (readModel)
            {
                await store.LoadReadModelAsync();
            }

            // 32 writers at once; every fourth reuses the xname of another node: refused (409), and nothing of it is written.
            var writes = Enumerable.Range(1, 32).Select(i => Task.Run(
                () => store.Nodes.CreateAsync(
                    InventorySamples.Node(i) with { Xname = i % 4 == 0 ? $"x3000c0s{i - 1}b0n0" : $"x3000c0s{i}b0n0" },
                    new WriteConditions { Actor = $"writer{i}" },
                    Token),
                Token)).ToArray();
            var results = await Task.WhenAll(writes);

            // Of each pair that wants one xname, whichever the group ran first is created and the other refused.
            for (var i = 4; i <= 32; i += 4)
            {
                Assert.Equal([WriteOutcome.Created, WriteOutcome.Conflict], new[] { results[i - 2].Outcome, results[i - 1].Outcome }.Order());
            }

            var created = results.Where(r => r.Outcome == WriteOutcome.Created).ToList();
            Assert.Equal(24, created.Count);
            Assert.Equal(24, created.Select(r => r.Version).Distinct().Count());
            var history = await store.ReadHistoryAsync(new HistoryQuery { Kind = RecordKind.Node }, Token);
            Assert.Equal(created.Select(r => r.Version).Order(), history.Select(h => h.Sequence).Order());
            foreach (var result in created)
            {
                var i = int.Parse(result.Record!.Hostname!["node".Length..], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal($"writer{i}", history.Single(h => h.Sequence == result.Version).Actor);
                Assert.Equal(result.Version, (await store.Nodes.GetAsync(result.Record.Xname!, Token))!.Version);
            }
        }

        // What was acknowledged is in the file.
        using var reopened = await InventorySamples.OpenAsync(_directory.Path, _clock);
        Assert.Equal(24, (await reopened.Nodes.ListAsync(new RecordQuery { Limit = null }, Token)).Total);
    }

    [Fact]
    public async Task ConcurrentReplacesWithNicChanges_EndWithExactlyTheRowsAndHistoryOfEachWrite()
    {
        using (var store = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            await store.LoadReadModelAsync();
            var nodes = Enumerable.Range(1, 16).Select(i => InventorySamples.Node(i)).ToList();
            foreach (var node in nodes)
            {
                Assert.Equal(WriteOutcome.Created, (await store.Nodes.CreateAsync(node, WriteConditions.None, Token)).Outcome);
            }

            var eth0 = new Dictionary<Guid, Guid>();
            foreach (var node in nodes)
            {
                eth0[node.Id] = (await store.Nodes.GetAsync(node.Id.ToString(), Token))!.Record.NetworkInterfaces.Single(n => n.Name == "eth0").Id;
            }

            // 16 writers, 4 rounds each: a new hostname, eth0 as it was, eth1 with a new MAC, and eth2 there only in rounds 1 and 2.
            var writers = nodes.Select((node, w) => Task.Run(async () =>
            {
                var results = new List<WriteResult<ComputeNode>>();
                for (var round = 0; round < 4; round++)
                {
                    var stored = (await store.Nodes.GetAsync(node.Id.ToString(), Token))!;
                    var nics = stored.Record.NetworkInterfaces.Where(n => n.Name == "eth0").Select(n => n with { Id = Guid.Empty })
                        .Append(new NetworkInterface { Id = Guid.Empty, Name = "eth1", MacAddress = InventorySamples.Mac(w + 1, 0x10 + round), LinkStatus = "LinkUp" })
                        .Concat(round is 1 or 2 ? [new NetworkInterface { Id = Guid.Empty, Name = "eth2", MacAddress = InventorySamples.Mac(w + 1, 0x20) }] : []);
                    results.Add(await store.Nodes.ReplaceAsync(
                        node.Xname!, stored.Record with { Hostname = $"w{w}r{round}", NetworkInterfaces = [.. nics] }, new WriteConditions { IfMatch = stored.Version, Actor = $"writer{w}" }, Token));
                }

                return results;
            }, Token)).ToArray();
            var all = (await Task.WhenAll(writers)).SelectMany(r => r).ToList();

            Assert.All(all, r => Assert.Equal(WriteOutcome.Updated, r.Outcome));
            Assert.Equal(64, all.Select(r => r.Version).Distinct().Count());
            var history = await store.ReadHistoryAsync(new HistoryQuery { Kind = RecordKind.Node }, Token);
            foreach (var result in all)
            {
                var change = history.Single(h => h.Sequence == result.Version);
                var hostname = result.Record!.Hostname!;
                var w = int.Parse(hostname[1..hostname.IndexOf('r', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(($"writer{w}", nodes[w].Id, ChangeKind.Changed), (change.Actor, change.RecordId, change.Event));
                Assert.Contains(change.Changes, c => c.Field == "hostname" && c.After == $"\"{hostname}\"");
            }

            Assert.Equal(16 + 64, history.Count);
            foreach (var node in nodes)
            {
                // The read model agrees with DuckDB, and eth0 kept its row id through every write.
                var remembered = (await store.Nodes.GetAsync(node.Xname!, Token))!;
                var inDuckDb = store.Read(c => store.NodeSet.Find(c, node.Xname!))!;
                Assert.Equal(remembered.Version, inDuckDb.Version);
                Assert.Equal(eth0[node.Id], remembered.Record.NetworkInterfaces.Single(n => n.Name == "eth0").Id);
                Assert.Equal(
                    remembered.Record.NetworkInterfaces.Select(n => (n.Id, n.Name, n.MacAddress)),
                    inDuckDb.Record.NetworkInterfaces.Select(n => (n.Id, n.Name, n.MacAddress)));
            }
        }

        // The file holds each node's last write: eth0 kept its row id, eth1 its last MAC, eth2 gone (round 3 dropped it).
        using var reopened = await InventorySamples.OpenAsync(_directory.Path, _clock);
        Assert.Equal(32, (await reopened.Interfaces.ListAsync(new RecordQuery { Limit = null }, Token)).Total);
        for (var w = 0; w < 16; w++)
        {
            var node = (await reopened.Nodes.GetAsync(InventorySamples.Node(w + 1).Xname!, Token))!.Record;
            Assert.Equal($"w{w}r3", node.Hostname);
            Assert.Equal(
                [("eth0", InventorySamples.Mac(w + 1, 0)), ("eth1", InventorySamples.Mac(w + 1, 0x13))],
                node.NetworkInterfaces.Select(n => (n.Name, n.MacAddress)));
        }
    }

    [Fact]
    public async Task ConcurrentReplacesOfOneNode_WithTheSameIfMatch_ExactlyOneWins()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.LoadReadModelAsync();
        var node = (await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token)).Record!;
        var version = (await store.Nodes.GetAsync(node.Id.ToString(), Token))!.Version;

        var writes = Enumerable.Range(0, 16).Select(i => Task.Run(
            () => store.Nodes.ReplaceAsync("x3000c0s1b0n0", node with { Hostname = $"h{i}" }, new WriteConditions { IfMatch = version }, Token),
            Token)).ToArray();
        var results = await Task.WhenAll(writes);

        var winner = Assert.Single(results, r => r.Outcome == WriteOutcome.Updated);
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(WriteOutcome.PreconditionFailed, r.Outcome));
        var stored = (await store.Nodes.GetAsync(node.Id.ToString(), Token))!;
        Assert.Equal((winner.Record!.Hostname, winner.Version), (stored.Record.Hostname, stored.Version));
    }

    [Fact]
    public async Task ConcurrentRenamesAndReads_InOneGroup_SeeEachOthersWrites()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.LoadReadModelAsync();
        var node = (await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token)).Record!;

        // A rename and a create of the old name race: whichever order the group runs them in, xnames stay unique.
        var rename = Task.Run(() => store.Nodes.ReplaceAsync(node.Id.ToString(), node with { Xname = "x3000c0s9b0n0" }, WriteConditions.None, Token), Token);
        var create = Task.Run(() => store.Nodes.CreateAsync(InventorySamples.Node(2) with { Xname = "x3000c0s1b0n0" }, WriteConditions.None, Token), Token);
        var (renamed, created) = (await rename, await create);

        Assert.Equal(WriteOutcome.Updated, renamed.Outcome);
        var holder = (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))?.Record.Id;
        Assert.Equal(created.Outcome == WriteOutcome.Created ? InventorySamples.Node(2).Id : null, holder);
        Assert.Equal(node.Id, (await store.Nodes.GetAsync("x3000c0s9b0n0", Token))!.Record.Id);
        var xnames = (await store.Nodes.ListAsync(new RecordQuery { Limit = null }, Token)).Items.Select(n => n.Xname).ToList();
        Assert.Equal(xnames.Count, xnames.Distinct().Count());
    }

    [Fact]
    public async Task Close_LogsHowManyWritesTheGroupCommitsTookAndWhereTheirTimeWent()
    {
        var log = new LogCapture();
        var options = new InventoryStoreOptions { DataDirectory = _directory.Path, TimeProvider = _clock, Logger = log.CreateLogger("store") };
        using (var store = await InventoryStore.OpenAsync(options, Token))
        {
            var writes = Enumerable.Range(1, 20).Select(i => Task.Run(
                () => store.Nodes.CreateAsync(InventorySamples.Node(i) with { Xname = $"x3000c0s{i}b0n0" }, WriteConditions.None, Token), Token));
            Assert.All(await Task.WhenAll(writes), r => Assert.Equal(WriteOutcome.Created, r.Outcome));
            // Unchanged: answered without a commit, so not counted.
            Assert.Equal(WriteOutcome.Unchanged, (await store.Nodes.ReplaceAsync("x3000c0s1b0n0", (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record, WriteConditions.None, Token)).Outcome);
            Assert.Empty(log.Events(StoreEventIds.GroupCommits));
        }

        var closed = Assert.Single(log.Events(StoreEventIds.GroupCommits));
        Assert.Equal(20L, closed.Value("Writes"));
        var groups = Assert.IsType<long>(closed.Value("Groups"));
        Assert.InRange(groups, 1L, 20L);
        Assert.InRange(Assert.IsType<long>(closed.Value("Alone")), 0L, groups);
        Assert.Equal(20.0 / groups, Assert.IsType<double>(closed.Value("WritesPerGroup")), 6);
        // The largest group holds at least the average, and no more than every write.
        Assert.InRange(Assert.IsType<int>(closed.Value("Largest")), (int)Math.Ceiling(20.0 / groups), 20);
        var statements = Assert.IsType<double>(closed.Value("StatementMs"));
        Assert.True(statements > 0);
        Assert.InRange(Assert.IsType<double>(closed.Value("BulkRowsMs")), 0.0, statements);
        Assert.InRange(Assert.IsType<double>(closed.Value("CommitMs")), 0.0, double.MaxValue);
        Assert.InRange(Assert.IsType<double>(closed.Value("ReadModelMs")), 0.0, double.MaxValue);
    }
}
