using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Testing;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>Issue 17: parts in the store, FRU identity and part history.</summary>
public sealed class InventoryStorePartsTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task UpsertCollectedAsync_DimmSerialChanges_RemovedThenAddedAtTheSameLocation()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, WithParts(InventorySamples.Node(1), "AAA1", "AAA2"))], Token);
        Later(1);

        await store.UpsertCollectedAsync([InventorySamples.Collected(1, WithParts(InventorySamples.Node(1), "AAA1", "BBB2", Later(0)))], Token);

        var node = (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
        Assert.Equal(["AAA1", "BBB2"], node.Memory.Select(d => d.SerialNumber));
        Assert.All(node.Memory, d => Assert.Equal((node.Id, "node"), (d.OwnerId, d.OwnerKind)));
        Assert.Equal("x86-64", Assert.Single(node.Processors).InstructionSet);
        var events = await store.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s1b0n0", Parts = true }, Token);
        Assert.Equal([(ChangeKind.Removed, "memory[DIMM 2]"), (ChangeKind.Added, "memory[DIMM 2]")], events.Select(e => (e.Event, e.Changes[0].Field)));
        Assert.Equal("\"Hynix HMA82 part PN-1 (serial AAA2) 16384 MiB\"", events[0].Changes[0].Before);
        Assert.Contains("(serial BBB2)", events[1].Changes[0].After, StringComparison.Ordinal);
        Assert.All(events, e => Assert.Equal(("part", "x3000c0s1b0n0"), (e.Kind, e.Label)));
    }

    [Fact]
    public async Task UpsertCollectedAsync_DimmMovesToAnotherNodeAndFirmwareChanges_MovedAndFirmwareEvents()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var a = InventorySamples.Node(1);
        var b = InventorySamples.Node(2);
        await store.UpsertCollectedAsync([InventorySamples.Collected(1, WithParts(a, "AAA1", "AAA2")), InventorySamples.Collected(2, WithParts(b, "BBB1", null))], Token);
        var later = Later(1);

        // AAA2 leaves node 1 (its slot now empty) for node 2's second slot; node 2's BIOS is upgraded.
        await store.UpsertCollectedAsync(
            [InventorySamples.Collected(1, WithParts(a, "AAA1", null, later)), InventorySamples.Collected(2, WithParts(b, "BBB1", "AAA2", later, bios: "2.0"))], Token);

        var events = await store.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s2b0n0", Parts = true }, Token);
        Assert.Equal(
            [("firmware[BIOS].firmware_version", "\"1.0\"", "\"2.0\""), ("memory[DIMM 2]", null, "AAA2"), ("memory[DIMM 2].node", "\"x3000c0s1b0n0\"", "\"x3000c0s2b0n0\"")],
            events.Select(e => (e.Changes[0].Field, e.Changes[0].Before, e.Changes[0].After?.Contains("AAA2", StringComparison.Ordinal) == true ? "AAA2" : e.Changes[0].After))
                .OrderBy(e => e.Field, StringComparer.Ordinal));
        var removed = Assert.Single(await store.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s1b0n0", Parts = true }, Token));
        Assert.Equal((ChangeKind.Removed, "memory[DIMM 2]"), (removed.Event, removed.Changes[0].Field));
    }

    [Fact]
    public async Task ReplaceAsync_PersonsWriteWithoutParts_KeepsTheCrawledPartsAndSnapshotRestoresThem()
    {
        string snapshot;
        using (var store = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            await store.UpsertCollectedAsync([InventorySamples.Collected(1, WithParts(InventorySamples.Node(1), "AAA1", "AAA2"))], Token);
            var stored = (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
            var edited = PartsOf(stored with { Hostname = "renamed", LastSeen = null });

            var result = await store.Nodes.ReplaceAsync("x3000c0s1b0n0", edited, WriteConditions.None, Token);

            Assert.True(result.Succeeded, result.Message);
            Assert.Equal(["AAA1", "AAA2"], result.Record!.Memory.Select(d => d.SerialNumber));
            snapshot = (await store.CreateSnapshotAsync(false, Token))!.Name;
        }

        File.Delete(Path.Combine(_directory.Path, InventoryStoreOptions.DatabaseFileName));
        using var reopened = await InventorySamples.OpenAsync(_directory.Path, _clock);

        Assert.Equal(snapshot, reopened.OpenReport.RestoredSnapshot);
        var node = (await reopened.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
        Assert.Equal(("renamed", 2, "AAA2", 16384L), (node.Hostname, node.Memory.Count, node.Memory[1].SerialNumber, node.Memory[1].CapacityMib!.Value));
        Assert.Equal([("memory", "DIMM 3")], node.EmptySlots.Select(s => (s.Kind, s.Location)));
        Assert.Equal("1.0", Assert.Single(node.Firmware).FirmwareVersion);
    }

    private DateTimeOffset Later(int hours)
    {
        _clock.Advance(TimeSpan.FromHours(hours));
        return _clock.GetUtcNow();
    }

    // A person's manifest never carries parts (server-managed): the write under test sends none.
    private static ComputeNode PartsOf(ComputeNode node) => node with
    {
        Processors = [], Memory = [], Accelerators = [], Drives = [], PcieDevices = [], Firmware = [], EmptySlots = [],
    };

    private static ComputeNode WithParts(ComputeNode node, string serial1, string? serial2, DateTimeOffset? seen = null, string bios = "1.0")
    {
        var system = node.RedfishUri!;
        MemoryModule Dimm(int slot, string serial) => new()
        {
            Id = Guid.NewGuid(), OwnerId = node.Id, Location = $"DIMM {slot}", Manufacturer = "Hynix", Model = "HMA82", SerialNumber = serial,
            PartNumber = "PN-1", CapacityMib = 16384, Status = new PartStatus { State = "Enabled", Health = "OK" }, RedfishUri = $"{system}/Memory/{slot}",
        };
        return node with
        {
            LastSeen = seen ?? node.LastSeen,
            Processors = [new Processor { Id = Guid.NewGuid(), OwnerId = node.Id, Location = "CPU 1", InstructionSet = "x86-64", RedfishUri = $"{system}/Processors/1" }],
            Memory = serial2 is null ? [Dimm(1, serial1)] : [Dimm(1, serial1), Dimm(2, serial2)],
            Firmware = [new FirmwareItem { Id = Guid.NewGuid(), OwnerId = node.Id, Location = "BIOS", Name = "BIOS", FirmwareVersion = bios, RedfishUri = "/redfish/v1/UpdateService/FirmwareInventory/BIOS" }],
            EmptySlots = serial2 is null ? [new EmptySlot { Kind = "memory", Location = "DIMM 2" }] : [new EmptySlot { Kind = "memory", Location = "DIMM 3" }],
        };
    }
}
