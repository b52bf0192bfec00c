using System.Text;
using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Testing;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>
/// The nodes' read model (issue 14): once loaded, every point read answers from memory, and it must answer exactly
/// what DuckDB holds (the same JSON and version) after every acknowledged write of any kind.
/// </summary>
public sealed class NodeReadModelTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task LoadReadModelAsync_StoredNodes_AnswersAsDuckDbDoes()
    {
        using (var seeding = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            for (var i = 1; i <= 3; i++)
            {
                Assert.True((await seeding.Nodes.CreateAsync(InventorySamples.Node(i), WriteConditions.None, Token)).Succeeded);
            }
        }

        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        Assert.Null(store.NodeModel);
        await store.LoadReadModelAsync();

        Assert.Equal(3, store.NodeModel!.Count);
        AssertSameAsDuckDb(store, "x3000c0s2b0n0");
        Assert.Equal("node0002", (await store.Nodes.GetAsync(InventorySamples.Node(2).Id.ToString(), Token))!.Record.Hostname);
    }

    [Fact]
    public async Task LoadReadModelAsync_EveryNodeWithItsNicsGroupsAndParts_SameDocumentsAndOrderAsDuckDb()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "gpu" }, WriteConditions.None, Token);
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "arm" }, WriteConditions.None, Token);
        // Collected nodes carry parts (one query per part table on load), written ones groups; some lack an xname or NICs.
        await store.UpsertCollectedAsync([.. Enumerable.Range(1, 12).Select(i => InventorySamples.Collected(i, WithParts(InventorySamples.Node(i))))], Token);
        for (var i = 13; i <= 40; i++)
        {
            var node = InventorySamples.Node(i) with
            {
                Xname = i % 9 == 0 ? null : $"x300{i % 2}c0s{i}b0n0",
                Groups = i % 3 == 0 ? ["gpu", "arm"] : i % 5 == 0 ? ["arm"] : [],
            };
            Assert.True((await store.Nodes.CreateAsync(i % 8 == 0 ? node with { NetworkInterfaces = [] } : node, WriteConditions.None, Token)).Succeeded);
        }

        var listed = (await store.Nodes.ListAsync(new RecordQuery { Limit = null }, Token)).Items;
        await store.LoadReadModelAsync();

        Assert.Equal(40, store.NodeModel!.Count);
        var fromMemory = store.NodeModel.Page(new RecordQuery { Limit = null })!.ToRecordPage().Items;
        Assert.Equal(listed.Select(n => n.Id), fromMemory.Select(n => n.Id));
        foreach (var node in listed)
        {
            var stored = store.Read(c => store.NodeSet.Find(c, node.Id.ToString()))!;
            var remembered = store.NodeModel.Find(node.Id.ToString())!;
            Assert.Equal(stored.Version, remembered.Version);
            Assert.Equal(JsonSerializer.Serialize(stored.Record, InventoryJsonContext.Default.ComputeNode), System.Text.Encoding.UTF8.GetString(remembered.Json));
        }

        Assert.Equal(2, listed.Single(n => n.Xname == "x3000c0s3b0n0").Memory.Count);
        Assert.Equal(["arm", "gpu"], listed.Single(n => n.Xname == "x3001c0s15b0n0").Groups);
        Assert.Equal([InventorySamples.Node(13).Id], (await ListAsync(store, "mac", InventorySamples.Mac(13, 1))).Items.Select(n => n.Id));
    }

    // The load reads nodes and NICs through NodeRows (typed, one initializer per row), not the general record reader:
    // its documents must be byte for byte the ones the general read gives, odd values included.
    [Fact]
    public async Task LoadAll_OddValuesNullsNicsGroupsParts_DocumentsByteIdenticalToTheGeneralRead()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        // Group names follow SMD's rule (ASCII): the odd text is in what a crawl reports, which is kept as it came.
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "gpu" }, WriteConditions.None, Token);
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "arm" }, WriteConditions.None, Token);
        var odd = InventorySamples.Node(1) with
        {
            ReportedHostname = "Rack 3/Slot 9 — Gen12 🚀",
            Manufacturer = "Contoso \"GmbH\" \\ ü\t",
            Model = "模型 X\u0001",
            BiosVersion = null,
            PowerState = null,
            ProcessorCount = null,
            ProcessorModel = "Xeon® Gold",
            MemoryGib = 0.1 + 0.2,
            ManagementIp = "fe80::1",
            EmptySlots = [new EmptySlot { Kind = "memory", Location = "DIMM 3" }],
            Processors = [new Processor { Id = Guid.Empty, OwnerId = InventorySamples.Node(1).Id, Location = "CPU 1", InstructionSet = "x86-64", RedfishUri = "/redfish/v1/Systems/1/Processors/1" }],
            NetworkInterfaces =
            [
                new NetworkInterface
                {
                    Id = Guid.NewGuid(), Name = "ib0 ✓", MacAddress = "52:54:00:00:01:07", PermanentMacAddress = "52:54:00:00:01:08",
                    Ipv4Addresses = ["10.2.0.1", "10.3.0.1"], Ipv6Addresses = ["fd00::1"], SpeedMbps = 200_000, Enabled = false, VlanId = 4094,
                    Hostname = "ib0", Fqdn = "ib0.example", RedfishUri = "/redfish/v1/Systems/1/EthernetInterfaces/ib0",
                },
                InventorySamples.Node(1).NetworkInterfaces[0],
                InventorySamples.Node(1).NetworkInterfaces[1] with { Name = null },
            ],
        };
        var bare = new ComputeNode { Id = Guid.Parse("20000000-0000-4000-8000-0000000b0001"), RedfishUri = "/redfish/v1/Systems/2", LastSeen = InventorySamples.Start };
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, odd, bare)], Token);
        Assert.True((await store.Nodes.CreateAsync(InventorySamples.Node(3) with { Groups = ["gpu", "arm"] }, WriteConditions.None, Token)).Succeeded);

        var loaded = store.Read(c => store.NodeSet.LoadAll(c));

        Assert.Equal(3, loaded.Count);
        foreach (var node in loaded)
        {
            var general = store.Read(c => store.NodeSet.Find(c, node.Record.Id.ToString()))!;
            Assert.Equal(general.Version, node.Version);
            Assert.Equal(Encoding.UTF8.GetString(NodeDocument.Of(general).Json), Encoding.UTF8.GetString(NodeDocument.Of(node).Json));
        }

        var read = loaded.Single(n => n.Record.Id == odd.Id).Record;
        Assert.Equal(("模型 X\u0001", "Rack 3/Slot 9 — Gen12 🚀", 0.1 + 0.2), (read.Model, read.ReportedHostname, read.MemoryGib));
        Assert.Equal(["10.2.0.1", "10.3.0.1"], read.NetworkInterfaces.Single(n => n.Name == "ib0 ✓").Ipv4Addresses);
        Assert.Equal((3, 1, "DIMM 3"), (read.NetworkInterfaces.Count, read.Processors.Count, Assert.Single(read.EmptySlots).Location));
        Assert.Equal(["arm", "gpu"], loaded.Single(n => n.Record.Id == InventorySamples.Node(3).Id).Record.Groups);
        Assert.Empty(loaded.Single(n => n.Record.Id == bare.Id).Record.NetworkInterfaces);
    }

    [Fact]
    public void NodeRows_Columns_EveryStoreColumnOfNodesAndNics()
    {
        Assert.Equal(StoreSchema.Nodes.Table.Columns.Select(c => c.Name).Where(n => n != "version"), NodeRows.NodeColumns);
        Assert.Equal(StoreSchema.Nics.Table.Columns.Select(c => c.Name).Where(n => n is not "version" and not "last_updated"), NodeRows.NicColumns);
    }

    private static ComputeNode WithParts(ComputeNode node)
    {
        MemoryModule Dimm(int slot) => new()
        {
            Id = Guid.Empty, OwnerId = node.Id, Location = $"DIMM {slot}", Manufacturer = "Hynix", SerialNumber = $"{node.SerialNumber}-{slot}",
            CapacityMib = 16384, RedfishUri = $"{node.RedfishUri}/Memory/{slot}",
        };
        return node with
        {
            Processors = [new Processor { Id = Guid.Empty, OwnerId = node.Id, Location = "CPU 1", InstructionSet = "x86-64", RedfishUri = $"{node.RedfishUri}/Processors/1" }],
            Memory = [Dimm(10), Dimm(2)],
        };
    }

    [Fact]
    public async Task ReplaceAsync_AfterAcknowledgement_PointReadsSeeTheWriteWithItsVersion()
    {
        using var store = await OpenLoadedAsync();
        var created = await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token);

        var replaced = await store.Nodes.ReplaceAsync("x3000c0s1b0n0", created.Record! with { Hostname = "login1" }, WriteConditions.None, Token);

        var read = await store.Nodes.GetAsync("x3000c0s1b0n0", Token);
        Assert.Equal(WriteOutcome.Updated, replaced.Outcome);
        Assert.Equal(("login1", replaced.Version), (read!.Record.Hostname, read.Version));
        Assert.Equal(EntityTags.Format(replaced.Version), store.NodeModel!.Find(created.Record!.Id.ToString())!.ETag);
        AssertSameAsDuckDb(store, "x3000c0s1b0n0");
    }

    [Fact]
    public async Task ListAsync_ByMacAndIp_FollowsNicChangesThroughTheNodeAndThroughInterfaces()
    {
        using var store = await OpenLoadedAsync();
        var node = (await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token)).Record!;
        var oldMac = node.NetworkInterfaces[1].MacAddress!;

        // The node's own write swaps eth1 for a NIC with another MAC and an address.
        var eth1 = node.NetworkInterfaces[1] with { Id = Guid.Empty, MacAddress = "52:54:00:aa:bb:cc", Ipv4Addresses = ["10.9.0.1"] };
        await store.Nodes.ReplaceAsync(node.Id.ToString(), node with { NetworkInterfaces = [node.NetworkInterfaces[0], eth1] }, WriteConditions.None, Token);
        Assert.Equal(0, (await ListAsync(store, "mac", oldMac)).Total);
        Assert.Equal([node.Id], (await ListAsync(store, "mac", "52-54-00-AA-BB-CC")).Items.Select(n => n.Id));
        Assert.Equal([node.Id], (await ListAsync(store, "ip", "10.9.0.1")).Items.Select(n => n.Id));

        // A write of the NIC itself (/interfaces) changes the node's document too.
        var nic = (await store.Interfaces.GetAsync("52:54:00:aa:bb:cc", Token))!.Record;
        await store.Interfaces.ReplaceAsync(nic.Id.ToString(), nic with { MacAddress = "52:54:00:dd:ee:ff", Ipv4Addresses = ["10.9.0.2"] }, WriteConditions.None, Token);
        Assert.Equal(0, (await ListAsync(store, "mac", "52:54:00:aa:bb:cc")).Total);
        Assert.Equal(0, (await ListAsync(store, "ip", "10.9.0.1")).Total);
        Assert.Equal([node.Id], (await ListAsync(store, "ip", "10.9.0.2")).Items.Select(n => n.Id));
        Assert.Equal("52:54:00:dd:ee:ff", (await store.Nodes.GetAsync(node.Id.ToString(), Token))!.Record.NetworkInterfaces.Single(n => n.Name == "eth1").MacAddress);

        await store.Interfaces.DeleteAsync(nic.Id.ToString(), WriteConditions.None, Token);
        Assert.Equal(0, (await ListAsync(store, "mac", "52:54:00:dd:ee:ff")).Total);
        AssertSameAsDuckDb(store, "x3000c0s1b0n0");
    }

    [Fact]
    public async Task DeleteAsync_Node_GoneFromEveryKey()
    {
        using var store = await OpenLoadedAsync();
        var node = (await store.Nodes.CreateAsync(InventorySamples.Node(4), WriteConditions.None, Token)).Record!;

        await store.Nodes.DeleteAsync("x3000c0s4b0n0", WriteConditions.None, Token);

        Assert.Null(await store.Nodes.GetAsync(node.Id.ToString(), Token));
        Assert.Null(await store.Nodes.GetAsync("x3000c0s4b0n0", Token));
        Assert.Equal(0, (await ListAsync(store, "xname", "x3000c0s4b0n0")).Total);
        Assert.Equal(0, (await ListAsync(store, "mac", InventorySamples.Mac(4, 0))).Total);
        Assert.Equal(0, (await ListAsync(store, "ip", "10.1.0.4")).Total);
        Assert.Equal(0, store.NodeModel!.Count);
    }

    [Fact]
    public async Task GroupWrites_RenameAndDelete_ChangeTheMembersDocuments()
    {
        using var store = await OpenLoadedAsync();
        await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token);
        var group = (await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "compute", Members = ["x3000c0s1b0n0"] }, WriteConditions.None, Token)).Record!;
        Assert.Equal(["compute"], (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record.Groups);

        await store.Groups.ReplaceAsync(group.Id.ToString(), group with { Name = "batch" }, WriteConditions.None, Token);
        Assert.Equal(["batch"], (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record.Groups);
        AssertSameAsDuckDb(store, "x3000c0s1b0n0");

        await store.Groups.DeleteAsync("batch", WriteConditions.None, Token);
        Assert.Empty((await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record.Groups);
        AssertSameAsDuckDb(store, "x3000c0s1b0n0");
    }

    [Fact]
    public async Task RestoreSnapshotAsync_ModelFollowsTheRestoredWorkingSet()
    {
        using var store = await OpenLoadedAsync();
        await store.Nodes.CreateAsync(InventorySamples.Node(1), WriteConditions.None, Token);
        var snapshot = await store.CreateSnapshotAsync(Token);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await store.Nodes.CreateAsync(InventorySamples.Node(2), WriteConditions.None, Token);
        await store.Nodes.DeleteAsync("x3000c0s1b0n0", WriteConditions.None, Token);

        await store.RestoreSnapshotAsync(snapshot!.Name, Token);

        Assert.NotNull(await store.Nodes.GetAsync("x3000c0s1b0n0", Token));
        Assert.Null(await store.Nodes.GetAsync("x3000c0s2b0n0", Token));
        AssertSameAsDuckDb(store, "x3000c0s1b0n0");
    }

    [Fact]
    public async Task ConcurrentWriters_EachAcknowledgedNodeIsReadableAtOnce_AndTotalsAgreeWithItems()
    {
        using var store = await OpenLoadedAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var mismatches = 0;
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var page = await store.Nodes.ListAsync(new RecordQuery { Limit = null }, Token);
                if (page.Total != page.Items.Count)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        }, Token);

        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 1 + w; i <= 80; i += 8)
            {
                var created = await store.Nodes.CreateAsync(InventorySamples.Node(i) with { NetworkInterfaces = [] }, WriteConditions.None, Token);
                Assert.True(created.Succeeded, created.Message);
                var read = await ListAsync(store, "xname", $"x3000c0s{i}b0n0");
                Assert.Equal((1, created.Version), (read.Total, (await store.Nodes.GetAsync(created.Record!.Id.ToString(), Token))!.Version));
                Assert.Equal(1, (await ListAsync(store, "mac", InventorySamples.Mac(i, 0))).Total);
            }
        }, Token)).ToArray();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await reader;

        Assert.Equal(0, mismatches);
        Assert.Equal(80, store.NodeModel!.Count);
        Assert.Equal(80, (await store.Nodes.ListAsync(new RecordQuery(), Token)).Total);
    }

    [Fact]
    public async Task UpsertCollectedAsync_CollectedNodes_ReadBackFromTheModelAsStored()
    {
        using var store = await OpenLoadedAsync();
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, InventorySamples.Node(1)), InventorySamples.Collected(2, InventorySamples.Node(2))], Token);
        _clock.Advance(TimeSpan.FromMinutes(5));
        // A crawl that finds the same node touches its seen-time only: no history, but the row and version change.
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, InventorySamples.Node(1) with { LastSeen = _clock.GetUtcNow() })], Token);

        AssertSameAsDuckDb(store, "x3000c0s1b0n0");
        AssertSameAsDuckDb(store, "x3000c0s2b0n0");
    }

    private Task<InventoryStore> OpenLoadedAsync() => InventorySamples.OpenLoadedAsync(_directory.Path, _clock);

    private static Task<RecordPage<ComputeNode>> ListAsync(InventoryStore store, string filter, string value) =>
        store.Nodes.ListAsync(new RecordQuery { Filters = new Dictionary<string, string> { [filter] = value } }, Token);

    /// <summary>The model's document of <paramref name="xname"/> is byte for byte the JSON of what DuckDB reads, at the same version.</summary>
    private static void AssertSameAsDuckDb(InventoryStore store, string xname)
    {
        var stored = store.Read(c => store.NodeSet.Find(c, xname));
        var remembered = store.NodeModel!.Find(xname);
        Assert.NotNull(stored);
        Assert.NotNull(remembered);
        Assert.Equal(stored.Version, remembered.Version);
        Assert.Equal(JsonSerializer.Serialize(stored.Record, InventoryJsonContext.Default.ComputeNode), System.Text.Encoding.UTF8.GetString(remembered.Json));
    }
}
