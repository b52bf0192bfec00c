using System.Text;
using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Testing;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>
/// The read model's load reads nodes and NICs through <see cref="NodeRows"/> (typed, one initializer per row), not the
/// general record reader: its documents must be byte for byte the ones the general read gives, odd values included.
/// </summary>
public sealed class NodeRowsTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

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
}
