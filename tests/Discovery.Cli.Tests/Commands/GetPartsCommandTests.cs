using System.Text.Json;
using Discovery.Api;
using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Store;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

/// <summary>Issue 17: <c>discover get parts --where ...</c> over the local store and through <c>--server</c>.</summary>
public sealed class GetPartsCommandTests : IDisposable
{
    private static readonly DateTimeOffset Seen = new(2026, 12, 6, 4, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    private string Store => _temp.File("store");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task GetParts_LocalStore_FiltersByKindSerialAndModel()
    {
        using (var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = Store }, Token))
        {
            await store.UpsertCollectedAsync([Node(1, "S1-A", "S1-B"), Node(2, "S2-A", "S2-B")], Token);
        }

        var one = new CliTestContext();
        var memory = new CliTestContext();
        var table = new CliTestContext();

        Assert.Equal(0, await one.RunAsync("get", "parts", "--where", "kind=memory", "--where", "serial=S2-B", "--data-dir", Store, "-o", "json"));
        Assert.Equal(0, await memory.RunAsync("get", "parts", "-w", "kind=memory", "--data-dir", Store, "-o", "json"));
        Assert.Equal(0, await table.RunAsync("get", "part", "--where", "model=EPYC 7763", "--data-dir", Store, "-o", "table"));

        var dimm = Assert.Single(Items(one));
        Assert.Equal(("memory", "DIMM_B", "S2-B", 32768), (Text(dimm, "kind"), Text(dimm, "location"), Text(dimm, "serial_number"), dimm.GetProperty("capacity_mib").GetInt32()));
        Assert.Equal(NodeId(2), dimm.GetProperty("owner_id").GetGuid());
        Assert.Equal(["S1-A", "S1-B", "S2-A", "S2-B"], Items(memory).Select(d => Text(d, "serial_number")));
        var lines = table.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("KIND", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains("processor", l, StringComparison.Ordinal));
        Assert.Contains("CPU-2", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetParts_ThroughServer_ReturnsTheSamePartsInTheirOwnShape()
    {
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = Store }, Token);
        await store.UpsertCollectedAsync([Node(1, "S1-A", "S1-B"), Node(2, "S2-A", "S2-B")], Token);
        await using var host = ApiHost.Create(new ApiOptions { Listen = "127.0.0.1:0", Auth = ApiAuthMode.None, SnapshotInterval = null }, store);
        await host.StartAsync(Token);
        var server = host.Addresses[0].ToString();
        var cpus = new CliTestContext();
        var none = new CliTestContext();

        Assert.Equal(0, await cpus.RunAsync("get", "parts", "--where", "kind=processor", "--where", "manufacturer=AMD", "--server", server, "-o", "json"));
        Assert.Equal(0, await none.RunAsync("get", "parts", "--where", "serial=NOPE", "--server", server, "-o", "json"));

        var found = Items(cpus);
        Assert.Equal(["CPU-1", "CPU-2"], found.Select(p => Text(p, "serial_number")));
        Assert.All(found, p => Assert.Equal((64, 128), (p.GetProperty("cores").GetInt32(), p.GetProperty("threads").GetInt32())));
        Assert.Equal([NodeId(1), NodeId(2)], found.Select(p => p.GetProperty("owner_id").GetGuid()));
        Assert.Empty(Items(none));
        await host.StopAsync(Token);
    }

    [Theory]
    [InlineData("colour=red", "--where 'colour=red': 'colour' is not a part filter")]
    [InlineData("kind=dimm", "--where kind='dimm' is not a part kind (one of processor, memory,")]
    public async Task GetParts_BadFilter_ExitsTwoNamingTheValue(string where, string expected)
    {
        var context = new CliTestContext();

        var exit = await context.RunAsync("get", "parts", "--where", where, "--data-dir", Store);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(expected, context.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(context.Output.ToString());
    }

    // Issue 17: discover get node X -o json carries every part list under its name, each part with the common fields.
    [Fact]
    public async Task GetNode_Json_CarriesEachPartListWithTheCommonFields()
    {
        var collected = Node(1, "S1-A");
        var node = collected.Nodes[0];
        var ok = new PartStatus { State = "Enabled", Health = "OK" };
        T Common<T>(T part, string location)
            where T : Part => (T)((Part)part with { Location = location, Manufacturer = "Maker", Model = "M-" + location, SerialNumber = "SN-" + location, PartNumber = "PN-" + location, Status = ok });
        node = node with
        {
            Processors = [Common(node.Processors[0], "cpu")],
            Memory = [Common(node.Memory[0], "dimm")],
            Accelerators = [Common(new Accelerator { Id = Guid.NewGuid(), OwnerId = node.Id, AcceleratorType = "GPU" }, "gpu")],
            Drives = [Common(new Drive { Id = Guid.NewGuid(), OwnerId = node.Id, CapacityBytes = 960_000_000_000 }, "bay")],
            PcieDevices = [Common(new PcieDevice { Id = Guid.NewGuid(), OwnerId = node.Id, VendorId = "0x15b3" }, "slot")],
            Firmware = [Common(new FirmwareItem { Id = Guid.NewGuid(), OwnerId = node.Id, Name = "BIOS", FirmwareVersion = "1.2" }, "bios")],
        };
        using (var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = Store }, Token))
        {
            await store.UpsertCollectedAsync([collected with { Nodes = [node] }], Token);
        }

        var context = new CliTestContext();
        Assert.Equal(0, await context.RunAsync("get", "node", "x3000c0s1b0n0", "--data-dir", Store, "-o", "json"));

        using var document = JsonDocument.Parse(context.Output.ToString());
        var shown = document.RootElement;
        foreach (var (list, kind, location) in new[]
        {
            ("processors", "processor", "cpu"), ("memory", "memory", "dimm"), ("accelerators", "accelerator", "gpu"),
            ("drives", "drive", "bay"), ("pcie_devices", "pcie_device", "slot"), ("firmware", "firmware", "bios"),
        })
        {
            var part = Assert.Single(shown.GetProperty(list).EnumerateArray());
            Assert.Equal(
                (kind, location, "Maker", "M-" + location, "SN-" + location, "PN-" + location, "Enabled", "OK"),
                (Text(part, "kind"), Text(part, "location"), Text(part, "manufacturer"), Text(part, "model"), Text(part, "serial_number"),
                 Text(part, "part_number"), Text(part.GetProperty("status"), "state"), Text(part.GetProperty("status"), "health")));
        }
    }

    private static Guid NodeId(int i) => Guid.Parse($"20000000-0000-4000-8000-{i:x12}");

    private static CollectedBmc Node(int i, params string[] dimmSerials)
    {
        var bmc = new Bmc { Id = Guid.Parse($"10000000-0000-4000-8000-{i:x12}"), Ip = $"127.0.0.{i + 20}", Port = 443, Xname = $"x3000c0s{i}b0", LastSeen = Seen };
        var node = new ComputeNode
        {
            Id = NodeId(i),
            Xname = $"x3000c0s{i}b0n0",
            BmcId = bmc.Id,
            RedfishUri = "/redfish/v1/Systems/1",
            LastSeen = Seen,
            Processors =
            [
                new Processor
                {
                    Id = Guid.NewGuid(), OwnerId = NodeId(i), Location = "CPU 1", Manufacturer = "AMD", Model = "EPYC 7763", SerialNumber = $"CPU-{i}",
                    Cores = 64, Threads = 128, RedfishUri = "/redfish/v1/Systems/1/Processors/1",
                },
            ],
            Memory = [.. dimmSerials.Select((s, n) => new MemoryModule
            {
                Id = Guid.NewGuid(), OwnerId = NodeId(i), Location = $"DIMM_{(char)('A' + n)}", Model = "M393A4K40", SerialNumber = s, CapacityMib = 32768,
                RedfishUri = $"/redfish/v1/Systems/1/Memory/{n + 1}",
            })],
        };
        return new CollectedBmc { Address = bmc.Ip, Port = 443, Complete = true, Status = "ok", Bmc = bmc, Nodes = [node] };
    }

    private static List<JsonElement> Items(CliTestContext context) =>
        [.. JsonDocument.Parse(context.Output.ToString()).RootElement.EnumerateArray().Select(e => e.Clone())];

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();
}
