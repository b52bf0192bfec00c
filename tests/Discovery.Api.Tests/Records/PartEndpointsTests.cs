using System.Net;
using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Store;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests.Records;

/// <summary>Issue 17: <c>GET /nodes/{key}/parts</c> and <c>GET /parts</c> over parts a collect stored.</summary>
public sealed class PartEndpointsTests
{
    private static readonly DateTimeOffset Seen = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NodePartsAndPartSearch_AfterACollect_AnswerThePartsWhereTheyAre()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        await server.Store.UpsertCollectedAsync([Collected(1, "AAA1", "AAA2"), Collected(2, "BBB1", "BBB2")], Token);

        var parts = await ReadAsync(await server.Anonymous.GetAsync("/nodes/x3000c0s2b0n0/parts", Token));
        Assert.Equal(["BBB1", "BBB2"], parts.GetProperty("memory").EnumerateArray().Select(d => d.GetProperty("serial_number").GetString()));
        Assert.Equal("DIMM 9", parts.GetProperty("empty_slots")[0].GetProperty("location").GetString());
        Assert.Equal(0, parts.GetProperty("processors").GetArrayLength());

        var found = await ReadAsync(await server.Anonymous.GetAsync("/parts?kind=memory&serial=AAA2", Token));
        var dimm = Assert.Single(found.EnumerateArray());
        Assert.Equal(("memory", "DIMM 2", 16384), (dimm.GetProperty("kind").GetString(), dimm.GetProperty("location").GetString(), dimm.GetProperty("capacity_mib").GetInt32()));
        var node1 = (await server.Store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record.Id;
        Assert.Equal(node1, dimm.GetProperty("owner_id").GetGuid());
        Assert.Equal(4, (await ReadAsync(await server.Anonymous.GetAsync("/parts?model=HMA82", Token))).GetArrayLength());

        var bad = await server.Anonymous.GetAsync("/parts?kind=dimm", Token);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'dimm' is not a part kind", await bad.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Anonymous.GetAsync("/nodes/x3000c0s9b0n0/parts", Token)).StatusCode);
    }

    private static CollectedBmc Collected(int i, params string[] serials)
    {
        var bmc = new Bmc { Id = Guid.Parse($"10000000-0000-4000-8000-{i:x12}"), Ip = $"127.0.0.{i + 10}", Port = 443, Xname = $"x3000c0s{i}b0", LastSeen = Seen };
        var nodeId = Guid.Parse($"20000000-0000-4000-8000-{i:x12}");
        var node = new ComputeNode
        {
            Id = nodeId,
            Xname = $"x3000c0s{i}b0n0",
            BmcId = bmc.Id,
            RedfishUri = "/redfish/v1/Systems/1",
            LastSeen = Seen,
            Memory = [.. serials.Select((s, n) => new MemoryModule
            {
                Id = Guid.NewGuid(), OwnerId = nodeId, Location = $"DIMM {n + 1}", Model = "HMA82", SerialNumber = s, CapacityMib = 16384,
                RedfishUri = $"/redfish/v1/Systems/1/Memory/{n + 1}",
            })],
            EmptySlots = [new EmptySlot { Kind = PartKinds.Memory, Location = "DIMM 9" }],
        };
        return new CollectedBmc { Address = bmc.Ip, Port = 443, Complete = true, Status = "ok", Bmc = bmc, Nodes = [node] };
    }
}
