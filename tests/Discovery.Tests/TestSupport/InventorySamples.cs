using Discovery.Records;
using Discovery.Store;

namespace Discovery.Tests.TestSupport;

/// <summary>Records and collect outcomes for the inventory store tests, numbered so each is distinct.</summary>
internal static class InventorySamples
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 2, 15, 0, TimeSpan.Zero);

    public static string Mac(int owner, int nic) => $"52:54:00:{owner / 256 % 256:x2}:{owner % 256:x2}:{nic:x2}";

    public static Bmc Bmc(int i) => new()
    {
        Id = Guid.Parse($"00000000-0000-4000-8000-{i:x12}"),
        Xname = $"x3000c0s{i}b0",
        Ip = $"127.0.{i / 256}.{i % 256}",
        Port = 443,
        Mac = Mac(i, 255),
        Manufacturer = "Contoso",
        ServiceUuid = $"10000000-0000-4000-8000-{i:x12}",
        FirmwareVersion = "1.0",
        NetworkInterfaces = [new NetworkInterface { Id = Guid.NewGuid(), Name = "bmc0", MacAddress = Mac(i, 255), Ipv4Addresses = [$"127.0.{i / 256}.{i % 256}"] }],
        FirstSeen = Start,
        LastSeen = Start,
        LastCrawlStatus = "ok",
    };

    public static ComputeNode Node(int i, Guid? bmcId = null, int system = 1) => new()
    {
        Id = Guid.Parse($"20000000-0000-4000-8000-{i:x8}{system:x4}"),
        Xname = $"x3000c0s{i}b0n{system - 1}",
        Hostname = $"node{i:D4}",
        Arch = "x86_64",
        Manufacturer = "Contoso",
        Model = "R1",
        SerialNumber = $"SN{i:D6}",
        SystemUuid = $"30000000-0000-4000-8000-{i:x8}{system:x4}",
        PowerState = "On",
        ProcessorCount = 2,
        MemoryGib = 256,
        BootMac = Mac(i, 0),
        BmcId = bmcId,
        RedfishUri = $"/redfish/v1/Systems/{system}",
        NetworkInterfaces =
        [
            new NetworkInterface { Id = Guid.NewGuid(), Name = "eth0", MacAddress = Mac(i, 0), Ipv4Addresses = [$"10.1.{i / 256}.{i % 256}"], LinkStatus = "LinkUp" },
            new NetworkInterface { Id = Guid.NewGuid(), Name = "eth1", MacAddress = Mac(i, 1), LinkStatus = "NoLink" },
        ],
        FirstSeen = Start,
        LastSeen = Start,
    };

    public static CollectedBmc Collected(int i, params ComputeNode[] nodes) => new()
    {
        Address = Bmc(i).Ip,
        Port = 443,
        Complete = true,
        Status = "ok",
        Bmc = Bmc(i),
        Nodes = [.. nodes.Select(n => n with { BmcId = Bmc(i).Id })],
    };

    public static Task<InventoryStore> OpenAsync(string directory, TimeProvider clock, bool inMemory = false, int retain = 24) =>
        InventoryStore.OpenAsync(
            new InventoryStoreOptions { DataDirectory = directory, TimeProvider = clock, InMemory = inMemory, SnapshotRetain = retain },
            TestContext.Current.CancellationToken);

    /// <summary>A store over <paramref name="directory"/> with its nodes' read model loaded, so reads come from memory.</summary>
    public static async Task<InventoryStore> OpenLoadedAsync(string directory, TimeProvider clock)
    {
        var store = await OpenAsync(directory, clock);
        await store.LoadReadModelAsync();
        return store;
    }
}
