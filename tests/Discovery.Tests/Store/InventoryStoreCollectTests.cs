using Discovery.Testing;
using Discovery.Records;
using Discovery.Store;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

public sealed class InventoryStoreCollectTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task UpsertCollectedAsync_SameCrawlTwice_AddsOnceThenOnlyMovesLastSeen()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var run = new[] { InventorySamples.Collected(1, InventorySamples.Node(1), InventorySamples.Node(1, system: 2)) };

        var first = await store.UpsertCollectedAsync(run, Token);
        var later = InventorySamples.Start.AddHours(1);
        _clock.SetUtcNow(later);
        var second = await store.UpsertCollectedAsync([run[0] with { Bmc = run[0].Bmc! with { LastSeen = later }, Nodes = [.. run[0].Nodes.Select(n => n with { LastSeen = later })] }], Token);

        Assert.Equal((3, 0, 0, 0), (first.Added, first.Changed, first.Removed, first.Unchanged));
        Assert.Equal((0, 0, 0, 3), (second.Added, second.Changed, second.Removed, second.Unchanged));
        var node = (await store.Nodes.GetAsync("x3000c0s1b0n1", Token))!.Record;
        Assert.Equal((InventorySamples.Start, later, InventorySamples.Start), (node.FirstSeen!.Value, node.LastSeen!.Value, node.LastUpdated!.Value));
        Assert.Equal(InventorySamples.Bmc(1).Id, node.BmcId);
        Assert.Equal(3, (await store.ReadHistoryAsync(new HistoryQuery(), Token)).Count);
    }

    [Fact]
    public async Task UpsertCollectedAsync_FieldsChange_HistoryTellsWhatAndWhen()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, InventorySamples.Node(1))], Token);
        _clock.SetUtcNow(InventorySamples.Start.AddDays(1));
        var upgraded = InventorySamples.Node(1) with { BiosVersion = "2.1", PowerState = "Off" };

        var summary = await store.UpsertCollectedAsync([InventorySamples.Collected(1, upgraded)], Token);

        Assert.Equal((0, 1), (summary.Added, summary.Changed));
        var history = await store.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s1b0n0" }, Token);
        Assert.Equal([ChangeKind.Added, ChangeKind.Changed], history.Select(h => h.Event));
        Assert.Equal(["bios_version", "power_state"], history[1].Changes.Select(c => c.Field));
        Assert.Equal(("\"On\"", "\"Off\""), (history[1].Changes[1].Before, history[1].Changes[1].After));
        Assert.Equal((_clock.GetUtcNow(), "collect"), (history[1].At, history[1].Actor));
    }

    [Fact]
    public async Task UpsertCollectedAsync_CompleteCrawlWithoutANode_RemovesIt_PartialOrFailedCrawlKeepsIt()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var both = InventorySamples.Collected(1, InventorySamples.Node(1), InventorySamples.Node(1, system: 2));
        await store.UpsertCollectedAsync([both, InventorySamples.Collected(2, InventorySamples.Node(2))], Token);

        var partial = await store.UpsertCollectedAsync([both with { Complete = false, Status = "partial", Nodes = both.Nodes.Take(1).ToList() }], Token);
        var failed = await store.UpsertCollectedAsync([new CollectedBmc { Address = InventorySamples.Bmc(2).Ip, Port = 443, Complete = false, Status = "auth_failed" }], Token);
        var complete = await store.UpsertCollectedAsync([both with { Nodes = both.Nodes.Take(1).ToList() }], Token);

        Assert.Equal(0, partial.Removed);
        Assert.Equal((0, 1), (failed.Removed, failed.Changed));
        Assert.Equal("auth_failed", (await store.Bmcs.GetAsync("x3000c0s2b0", Token))!.Record.LastCrawlStatus);
        Assert.NotNull(await store.Nodes.GetAsync("x3000c0s2b0n0", Token));
        Assert.Equal(1, complete.Removed);
        Assert.Null(await store.Nodes.GetAsync("x3000c0s1b0n1", Token));
        var history = await store.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s1b0n1" }, Token);
        Assert.Equal([ChangeKind.Added, ChangeKind.Removed], history.Select(h => h.Event));
    }

    [Fact]
    public async Task UpsertCollectedAsync_BmcMovedToAnotherIp_SameRecordBySerivceUuidThenMac()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, InventorySamples.Node(1))], Token);
        var moved = InventorySamples.Collected(1, InventorySamples.Node(1));
        moved = moved with { Address = "127.0.9.9", Bmc = moved.Bmc! with { Id = Guid.NewGuid(), Ip = "127.0.9.9" } };
        var noUuid = InventorySamples.Collected(1, InventorySamples.Node(1));
        noUuid = noUuid with { Bmc = noUuid.Bmc! with { Id = Guid.NewGuid(), ServiceUuid = null } };

        await store.UpsertCollectedAsync([moved], Token);
        var byMac = await store.UpsertCollectedAsync([noUuid], Token);

        var bmc = Assert.Single((await store.Bmcs.ListAsync(new RecordQuery(), Token)).Items);
        Assert.Equal((InventorySamples.Bmc(1).Id, "127.0.0.1"), (bmc.Id, bmc.Ip));
        Assert.Equal(0, byMac.Added);
        Assert.Single((await store.Nodes.ListAsync(new RecordQuery(), Token)).Items);
    }

    [Fact]
    public async Task UpsertCollectedAsync_NodeWithoutUuid_MatchedByBmcAndSystemUri_NeverByANicMac()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var first = InventorySamples.Node(1) with { SystemUuid = null };
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, first)], Token);
        var stored = (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
        // Same BMC and URI, new mapper id: the same node. Another BMC's node sharing a NIC MAC: a different node.
        var again = first with { Id = Guid.NewGuid(), RedfishUri = "/redfish/v1/Systems/1/" };
        var sharedMac = InventorySamples.Node(2) with { SystemUuid = null, NetworkInterfaces = first.NetworkInterfaces };

        var summary = await store.UpsertCollectedAsync([InventorySamples.Collected(1, again), InventorySamples.Collected(2, sharedMac)], Token);

        Assert.Equal(2, summary.Added); // the second BMC and its node
        Assert.Equal(stored.Id, (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record.Id);
        Assert.Equal(2, (await store.Nodes.ListAsync(new RecordQuery(), Token)).Total);
    }

    [Fact]
    public async Task UpsertCollectedAsync_KeepsWhatPeopleSet_GroupsAndBootProfile()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, InventorySamples.Node(1))], Token);
        await store.BootProfiles.CreateAsync(new BootProfile { Id = Guid.Empty, Name = "rocky9" }, WriteConditions.None, Token);
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "compute", Members = ["x3000c0s1b0n0"] }, WriteConditions.None, Token);
        var node = (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
        await store.Nodes.ReplaceAsync(node.Id.ToString(), node with { BootProfile = "rocky9" }, WriteConditions.None, Token);

        await store.UpsertCollectedAsync([InventorySamples.Collected(1, InventorySamples.Node(1) with { PowerState = "Off" })], Token);

        var after = (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
        Assert.Equal(("rocky9", "Off"), (after.BootProfile, after.PowerState));
        Assert.Equal(["compute"], after.Groups);
    }

    // Issue 13, item 1: a value a BMC reports that breaks a rule for what people write costs that value, never the record.
    [Fact]
    public async Task UpsertCollectedAsync_OddReportedValues_KeepsEveryRecordWithoutThem()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var sample = InventorySamples.Node(1);
        var node = sample with
        {
            SystemUuid = "not available",
            PowerState = "Unknown",
            NetworkInterfaces =
            [
                sample.NetworkInterfaces[0] with { Ipv4Addresses = ["10.1.0.1", "010.1.0.2", "10.1.0.3", "999.1.1.1"] },
                sample.NetworkInterfaces[1] with { MacAddress = "Not Available", Hostname = "Rack 3/Slot 9" },
            ],
        };
        var collected = InventorySamples.Collected(1, node);
        collected = collected with { Bmc = collected.Bmc! with { Fqdn = "bmc_1.example.", ServiceUuid = "n/a" } };

        var summary = await store.UpsertCollectedAsync([collected], Token);

        Assert.Empty(summary.Refused);
        Assert.Equal(2, summary.Added);
        Assert.Equal(
            ["fqdn", "service_uuid", "system_uuid", "power_state", "network_interfaces[0].ipv4_addresses[1]", "network_interfaces[0].ipv4_addresses[3]",
             "network_interfaces[1].mac_address", "network_interfaces[1].hostname"],
            summary.LeftOut.Select(l => l.Split(" without ")[1].Split(':')[0]));
        Assert.StartsWith("node x3000c0s1b0n0 of BMC 127.0.0.1 without power_state: 'Unknown' is not a Redfish power state", summary.LeftOut[3], StringComparison.Ordinal);
        var stored = (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
        Assert.Equal((null, null, "node0001"), (stored.SystemUuid, stored.PowerState, stored.Hostname));
        Assert.Equal(["10.1.0.1", "10.1.0.3"], stored.NetworkInterfaces.Single(n => n.Name == "eth0").Ipv4Addresses);
        var eth1 = stored.NetworkInterfaces.Single(n => n.Name == "eth1");
        Assert.Equal((null, null, "NoLink"), (eth1.MacAddress, eth1.Hostname, eth1.LinkStatus));
        var bmc = (await store.Bmcs.GetAsync("x3000c0s1b0", Token))!.Record;
        Assert.Equal((null, null, "1.0"), (bmc.Fqdn, bmc.ServiceUuid, bmc.FirmwareVersion));

        // What people write keeps the strict rules.
        var written = await store.Nodes.CreateAsync(InventorySamples.Node(2) with { PowerState = "Unknown" }, WriteConditions.None, Token);
        Assert.Equal(WriteOutcome.Invalid, written.Outcome);
    }
}
