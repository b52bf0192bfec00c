using Discovery.Testing;
using Discovery.Records;
using Discovery.Store;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

public sealed class InventoryStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static WriteConditions Cli => WriteConditions.None;

    public void Dispose() => _directory.Dispose();

    private static string Json(ComputeNode node) => System.Text.Json.JsonSerializer.Serialize(node, InventoryJsonContext.Default.ComputeNode);

    [Fact]
    public async Task CreateAsync_NewNode_ReadsBackByIdAndXnameWithNicsAndVersion()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var node = InventorySamples.Node(1);

        var created = await store.Nodes.CreateAsync(node, Cli, Token);

        Assert.Equal(WriteOutcome.Created, created.Outcome);
        var byXname = await store.Nodes.GetAsync("x3000c0s1b0n0", Token);
        var byId = await store.Nodes.GetAsync(node.Id.ToString(), Token);
        Assert.NotNull(byXname);
        Assert.Equal(Json(byXname.Record), Json(byId!.Record));
        Assert.Equal(created.Version, byXname.Version);
        Assert.Equal("\"" + created.Version + "\"", byXname.ETag);
        Assert.Equal(["eth0", "eth1"], byXname.Record.NetworkInterfaces.Select(n => n.Name));
        Assert.All(byXname.Record.NetworkInterfaces, n => Assert.Equal((node.Id, NetworkInterfaceOwnerKind.Node), (n.OwnerId, n.OwnerKind)));
        Assert.Equal(["10.1.0.1"], byXname.Record.NetworkInterfaces[0].Ipv4Addresses);
        Assert.Equal((256.0, 2, InventorySamples.Start), (byXname.Record.MemoryGib!.Value, byXname.Record.ProcessorCount!.Value, byXname.Record.LastUpdated!.Value));
    }

    [Fact]
    public async Task CreateAsync_NicsWithoutNames_AnswerInTheOrderAReadGives()
    {
        // Unnamed NICs order by id; ids whose first bytes make Guid.CompareTo and UUID (text) order disagree.
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var node = InventorySamples.Node(1) with
        {
            NetworkInterfaces =
            [
                new NetworkInterface { Id = Guid.Parse("00000001-0000-4000-8000-0000000000aa"), MacAddress = InventorySamples.Mac(1, 0) },
                new NetworkInterface { Id = Guid.Parse("ff000000-0000-4000-8000-0000000000bb"), MacAddress = InventorySamples.Mac(1, 1) },
                new NetworkInterface { Id = Guid.Parse("00000100-0000-4000-8000-0000000000cc"), MacAddress = InventorySamples.Mac(1, 2) },
            ],
        };

        var created = await store.Nodes.CreateAsync(node, Cli, Token);
        var read = await store.Nodes.GetAsync(node.Id.ToString(), Token);

        Assert.Equal(
            ["00000001-0000-4000-8000-0000000000aa", "00000100-0000-4000-8000-0000000000cc", "ff000000-0000-4000-8000-0000000000bb"],
            read!.Record.NetworkInterfaces.Select(n => n.Id.ToString()));
        Assert.Equal(Json(read.Record), Json(created.Record!));
    }

    [Fact]
    public async Task CreateAsync_EmptyId_AssignsOne()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);

        var created = await store.BootProfiles.CreateAsync(new BootProfile { Id = Guid.Empty, Name = "compute" }, Cli, Token);

        Assert.NotEqual(Guid.Empty, created.Record!.Id);
        Assert.Equal(created.Record.Id, (await store.BootProfiles.GetAsync("compute", Token))!.Record.Id);
    }

    [Fact]
    public async Task ReplaceAsync_StaleIfMatch_PreconditionFailedAndNothingChanges()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var created = await store.Nodes.CreateAsync(InventorySamples.Node(1), Cli, Token);
        var first = await store.Nodes.ReplaceAsync("x3000c0s1b0n0", created.Record! with { Hostname = "a" }, new WriteConditions { IfMatch = created.Version }, Token);

        var second = await store.Nodes.ReplaceAsync("x3000c0s1b0n0", created.Record! with { Hostname = "b" }, new WriteConditions { IfMatch = created.Version }, Token);

        Assert.Equal(WriteOutcome.Updated, first.Outcome);
        Assert.Equal(WriteOutcome.PreconditionFailed, second.Outcome);
        Assert.Contains($"not {created.Version}", second.Message, StringComparison.Ordinal);
        var stored = await store.Nodes.GetAsync("x3000c0s1b0n0", Token);
        Assert.Equal(("a", first.Version), (stored!.Record.Hostname, stored.Version));
    }

    [Fact]
    public async Task ReplaceAsync_SameValues_UnchangedWithoutNewVersionOrHistory()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var created = await store.Nodes.CreateAsync(InventorySamples.Node(1), Cli, Token);
        _clock.Advance(TimeSpan.FromHours(1));

        var again = await store.Nodes.ReplaceAsync(created.Record!.Id.ToString(), created.Record, Cli, Token);

        Assert.Equal(WriteOutcome.Unchanged, again.Outcome);
        Assert.Equal(created.Version, again.Version);
        Assert.Equal(created.Version, store.Version);
        Assert.Single(await store.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s1b0n0" }, Token));
    }

    [Fact]
    public async Task ReplaceAsync_ChangedFields_HistoryNamesEachFieldWithBeforeAndAfter()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var created = await store.Nodes.CreateAsync(InventorySamples.Node(1), Cli, Token);
        var record = created.Record!;
        var nics = record.NetworkInterfaces.Select(n => n.Name == "eth1" ? n with { Ipv4Addresses = ["10.2.0.1"] } : n).ToList();
        _clock.Advance(TimeSpan.FromMinutes(5));

        var updated = await store.Nodes.ReplaceAsync("x3000c0s1b0n0", record with { Hostname = "login1", NetworkInterfaces = nics },
            new WriteConditions { Actor = "api:alice" }, Token);

        Assert.Equal(WriteOutcome.Updated, updated.Outcome);
        Assert.Equal(
            [new FieldChange("hostname", "\"node0001\"", "\"login1\""), new FieldChange("network_interfaces[eth1].ipv4_addresses", null, "[\"10.2.0.1\"]")],
            updated.Changes);
        var history = await store.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s1b0n0" }, Token);
        Assert.Equal([ChangeKind.Added, ChangeKind.Changed], history.Select(h => h.Event));
        Assert.Equal(("api:alice", _clock.GetUtcNow(), updated.Version), (history[1].Actor, history[1].At, history[1].Sequence));
        Assert.Equal(updated.Changes, history[1].Changes);
        // The NIC kept its id: it is the same interface with a new address.
        Assert.Equal(record.NetworkInterfaces[1].Id, updated.Record!.NetworkInterfaces[1].Id);
    }

    [Fact]
    public async Task CreateAsync_DuplicateXname_ConflictNamingTheField()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.Nodes.CreateAsync(InventorySamples.Node(1), Cli, Token);

        var clash = await store.Nodes.CreateAsync(InventorySamples.Node(2) with { Xname = "x3000c0s1b0n0" }, Cli, Token);

        Assert.Equal(WriteOutcome.Conflict, clash.Outcome);
        Assert.Equal("xname", Assert.Single(clash.Errors).Field);
        Assert.Equal(1, (await store.Nodes.ListAsync(new RecordQuery(), Token)).Total);
    }

    [Fact]
    public async Task CreateAsync_UnknownGroupAndProfile_InvalidNamingEachField()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "compute" }, Cli, Token);

        var result = await store.Nodes.CreateAsync(InventorySamples.Node(1) with { Groups = ["compute", "gpu"], BootProfile = "rocky9" }, Cli, Token);

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Equal(["groups[1]", "boot_profile"], result.Errors.Select(e => e.Field));
        Assert.Contains("'gpu'", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Null(await store.Nodes.GetAsync("x3000c0s1b0n0", Token));
    }

    [Fact]
    public async Task Groups_MembershipFromEitherSide_ShowsOnBothRecords()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "compute", Labels = new Dictionary<string, string> { ["rack"] = "r1" } }, Cli, Token);
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "gpu" }, Cli, Token);
        var n1 = (await store.Nodes.CreateAsync(InventorySamples.Node(1) with { Groups = ["gpu", "compute"] }, Cli, Token)).Record!;
        var n2 = (await store.Nodes.CreateAsync(InventorySamples.Node(2) with { Xname = null }, Cli, Token)).Record!;

        var gpu = (await store.Groups.GetAsync("gpu", Token))!.Record;
        var replaced = await store.Groups.ReplaceAsync("gpu", gpu with { Members = [.. gpu.Members, n2.Id.ToString().ToUpperInvariant()] }, Cli, Token);

        Assert.Equal(["compute", "gpu"], n1.Groups);
        Assert.Equal(WriteOutcome.Updated, replaced.Outcome);
        Assert.Equal([n2.Id.ToString(), "x3000c0s1b0n0"], replaced.Record!.Members);
        Assert.Equal(["gpu"], (await store.Nodes.GetAsync(n2.Id.ToString(), Token))!.Record.Groups);
        var inGpu = await store.Nodes.ListAsync(new RecordQuery { Filters = new Dictionary<string, string> { ["group"] = "gpu" } }, Token);
        Assert.Equal(2, inGpu.Total);
        var labelled = await store.Groups.ListAsync(new RecordQuery { Filters = new Dictionary<string, string> { ["label"] = "rack=r1" } }, Token);
        Assert.Equal("compute", Assert.Single(labelled.Items).Name);
    }

    [Fact]
    public async Task DeleteAsync_BootProfileInUse_ConflictUntilDetached()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.BootProfiles.CreateAsync(new BootProfile { Id = Guid.Empty, Name = "rocky9", KernelUrl = "http://boot/vmlinuz" }, Cli, Token);
        var node = (await store.Nodes.CreateAsync(InventorySamples.Node(1) with { BootProfile = "rocky9" }, Cli, Token)).Record!;

        var refused = await store.BootProfiles.DeleteAsync("rocky9", Cli, Token);
        await store.Nodes.ReplaceAsync(node.Id.ToString(), node with { BootProfile = null }, Cli, Token);
        var deleted = await store.BootProfiles.DeleteAsync("rocky9", Cli, Token);

        Assert.Equal(WriteOutcome.Conflict, refused.Outcome);
        Assert.Contains("1 node(s)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(WriteOutcome.Deleted, deleted.Outcome);
        Assert.Equal(WriteOutcome.NotFound, (await store.BootProfiles.DeleteAsync("rocky9", Cli, Token)).Outcome);
    }

    [Fact]
    public async Task DeleteAsync_Node_RemovesItsNicsAndMembershipsAndRecordsRemoval()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "compute" }, Cli, Token);
        var created = await store.Nodes.CreateAsync(InventorySamples.Node(1) with { Groups = ["compute"] }, Cli, Token);

        var stale = await store.Nodes.DeleteAsync("x3000c0s1b0n0", new WriteConditions { IfMatch = created.Version + 1 }, Token);
        var deleted = await store.Nodes.DeleteAsync("x3000c0s1b0n0", new WriteConditions { IfMatch = created.Version }, Token);

        Assert.Equal(WriteOutcome.PreconditionFailed, stale.Outcome);
        Assert.Equal(WriteOutcome.Deleted, deleted.Outcome);
        Assert.Equal(0, (await store.Interfaces.ListAsync(new RecordQuery(), Token)).Total);
        Assert.Empty((await store.Groups.GetAsync("compute", Token))!.Record.Members);
        Assert.Equal(ChangeKind.Removed, (await store.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s1b0n0" }, Token))[^1].Event);
    }

    [Fact]
    public async Task ListAsync_Filters_MatchMacInAnySpellingGlobsAndMissingIp()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        for (var i = 1; i <= 5; i++)
        {
            var node = InventorySamples.Node(i);
            if (i == 3)
            {
                node = node with { NetworkInterfaces = [.. node.NetworkInterfaces.Select(n => n with { Ipv4Addresses = [] })] };
            }

            await store.Nodes.CreateAsync(node, Cli, Token);
        }

        static RecordQuery Where(string name, string value) => new() { Filters = new Dictionary<string, string> { [name] = value } };

        Assert.Equal(["x3000c0s2b0n0"], (await store.Nodes.ListAsync(Where("mac", "52-54-00-00-02-01"), Token)).Items.Select(n => n.Xname));
        Assert.Equal(["x3000c0s3b0n0"], (await store.Nodes.ListAsync(Where("missing_ip", "true"), Token)).Items.Select(n => n.Xname));
        Assert.Equal(4, (await store.Nodes.ListAsync(Where("missing_ip", "false"), Token)).Total);
        Assert.Equal(["x3000c0s4b0n0"], (await store.Nodes.ListAsync(Where("ip", "10.1.0.4"), Token)).Items.Select(n => n.Xname));
        Assert.Equal(5, (await store.Nodes.ListAsync(Where("xname", "x3000c0s*"), Token)).Total);
        Assert.Equal(0, (await store.Nodes.ListAsync(Where("hostname", "node_001"), Token)).Total);
        var bad = await Assert.ThrowsAsync<InventoryQueryException>(() => store.Nodes.ListAsync(Where("colour", "red"), Token));
        Assert.Equal("colour", bad.Parameter);
        var badMac = await Assert.ThrowsAsync<InventoryQueryException>(() => store.Nodes.ListAsync(Where("mac", "zz"), Token));
        Assert.Contains("'zz'", badMac.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_Pages_InXnameOrderWithNextOffset()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        foreach (var i in new[] { 5, 1, 4, 2, 3 })
        {
            await store.Nodes.CreateAsync(InventorySamples.Node(i), Cli, Token);
        }

        var first = await store.Nodes.ListAsync(new RecordQuery { Limit = 2 }, Token);
        var last = await store.Nodes.ListAsync(new RecordQuery { Limit = 2, Offset = 4 }, Token);

        Assert.Equal(["x3000c0s1b0n0", "x3000c0s2b0n0"], first.Items.Select(n => n.Xname));
        Assert.Equal((5L, 2), (first.Total, first.NextOffset!.Value));
        Assert.Equal(["x3000c0s5b0n0"], last.Items.Select(n => n.Xname));
        Assert.Null(last.NextOffset);
    }

    [Fact]
    public async Task OpenAsync_Reopened_KeepsEveryAcknowledgedWriteAndTheVersionCounter()
    {
        long version;
        using (var store = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            await store.Nodes.CreateAsync(InventorySamples.Node(1), Cli, Token);
            var deleted = await store.Nodes.CreateAsync(InventorySamples.Node(2), Cli, Token);
            await store.Nodes.DeleteAsync(deleted.Record!.Id.ToString(), Cli, Token);
            version = store.Version;
        }

        using var reopened = await InventorySamples.OpenAsync(_directory.Path, _clock);

        Assert.Equal(version, reopened.Version);
        Assert.Equal(["x3000c0s1b0n0"], (await reopened.Nodes.ListAsync(new RecordQuery(), Token)).Items.Select(n => n.Xname));
        Assert.Null(reopened.OpenReport.RestoredSnapshot);
    }
}
