using System.Net;
using System.Text;
using System.Text.Json;
using Discovery.Records.Parts;
using Discovery.Redfish.Mapping;
using Discovery.Smd.Http;
using Discovery.Smd.State;
using Discovery.Smd.Tests.Support;
using Discovery.Testing.Smd;

namespace Discovery.Smd.Sending.Tests;

/// <summary>Issue 17: the hardware inventory push compares with what SMD holds and writes only the entries that differ.</summary>
public sealed class SmdSenderHardwareTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_OneDimmSwapped_PostsOnlyThatDimmsEntry()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        var state = SmdStateStore.InMemory();
        await SendAsync(smd, state, WithDimms("AAA1", "AAA2", "AAA3"));
        Assert.Equal(3, smd.Hardware.Count);
        smd.ClearRequests();

        var result = await SendAsync(smd, state, WithDimms("AAA1", "NEW2", "AAA3"));

        var bmc = Assert.Single(result.Results);
        Assert.Equal(SmdAction.Updated, bmc.Action);
        Assert.Equal("hardware: POST 200 (1 of 3 written)", bmc.Detail);
        var post = Assert.Single(smd.Requests, r => r.IsWrite);
        using var body = JsonDocument.Parse(post.Body!);
        var entry = Assert.Single(body.RootElement.GetProperty("Hardware").EnumerateArray());
        Assert.Equal("x3000c0s1b0n0d1", entry.GetProperty("ID").GetString());
        var fru = smd.Hardware["x3000c0s1b0n0d1"].GetProperty("PopulatedFRU");
        Assert.Equal("Memory.Samsung.M393A4K40.NEW2", fru.GetProperty("FRUID").GetString());
        Assert.Equal("NEW2", fru.GetProperty("MemoryFRUInfo").GetProperty("SerialNumber").GetString());
        // DDR5 is not among the spec's MemoryDeviceType values: kept by discover, left out of SMD's body.
        Assert.False(fru.GetProperty("MemoryFRUInfo").TryGetProperty("MemoryDeviceType", out _));
    }

    [Fact]
    public async Task Double_ProcessorFruInfoWithASerial_400NamingTheProperty()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };
        const string Body = """
            {"Hardware":[{"ID":"x3000c0s1b0n0p0","Type":"Processor","HWInventoryByLocationType":"HWInvByLocProcessor",
              "PopulatedFRU":{"FRUID":"x","Type":"Processor","HWInventoryByFRUType":"HWInvByFRUProcessor","ProcessorFRUInfo":{"SerialNumber":"S1"}}},
             {"ID":"x3000c0s1b0n0p7","Type":"Processor","HWInventoryByLocationType":"HWInvByLocProcessor"}]}
            """;

        using var response = await client.PostAsync("hsm/v2/Inventory/Hardware", new StringContent(Body, Encoding.UTF8, "application/json"), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("detail").GetString();
        Assert.Contains("Hardware[0].PopulatedFRU.ProcessorFRUInfo.SerialNumber: not a property of the spec's schema", detail, StringComparison.Ordinal);
        Assert.Contains("Hardware[1]: 'x3000c0s1b0n0p7' is not a valid locational xname ID for type 'Processor'", detail, StringComparison.Ordinal);
        Assert.Empty(smd.Hardware);
    }

    private static MappedInventory WithDimms(params string[] serials)
    {
        var inventory = SampleInventories.Bmc(1, nodes: 1);
        var node = inventory.Nodes[0];
        return inventory with
        {
            Nodes =
            [
                node with
                {
                    Memory = [.. serials.Select((s, n) => new MemoryModule
                    {
                        Id = Guid.NewGuid(), OwnerId = node.Id, Location = $"DIMM {n}", Manufacturer = "Samsung", PartNumber = "M393A4K40", SerialNumber = s,
                        CapacityMib = 65536, MemoryType = "DDR5", SpeedMhz = 4800, RedfishUri = $"/redfish/v1/Systems/1/Memory/{n}",
                    })],
                },
            ],
        };
    }

    private static async Task<SmdSendResult> SendAsync(SmdDouble smd, SmdStateStore state, MappedInventory inventory)
    {
        using var sender = new SmdSender(new SmdClientOptions { BaseUri = smd.BaseUri, RetryBaseDelay = TimeSpan.FromMilliseconds(1) }, state);
        return await sender.SendAsync(new SmdSendRequest { Inventories = [inventory] }, Token);
    }
}
