using System.Net;
using System.Text;
using System.Text.Json;
using Discovery.Api.Auth;
using Discovery.Store;
using Discovery.Testing;

namespace Discovery.Api.Tests;

/// <summary>
/// <c>discover serve</c> with its store on a disk that fills up: a write gets 507 with a problem that says the disk is
/// full, reads go on, and writes work again once there is room (issue 13, item 3).
/// </summary>
public sealed class FullDiskTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_StoreDiskFull_Answers507ThatSaysSoAndKeepsServingReads()
    {
        using var disk = await SmallDisk.MountAsync(Token);
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = disk.File("store") }, Token);
        await using var host = ApiHost.Create(new ApiOptions { Listen = "127.0.0.1:0", Auth = ApiAuthMode.None, SnapshotInterval = null }, store);
        await host.StartAsync(Token);
        try
        {
            using var http = new HttpClient { BaseAddress = host.Addresses[0] };
            Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/nodes", Node(1), Token)).StatusCode);
            disk.Fill();

            // The last page of the write-ahead log, and the room the write journal grew ahead (32 KB), still take small
            // writes, durably: write until one is refused (xnames run out at chassis 7, slot 511).
            var stored = new List<string> { Xname(1) };
            HttpResponseMessage refused;
            var slot = 2;
            for (; ; slot++)
            {
                refused = await http.PostAsync("/nodes", Node(slot), Token);
                if (refused.StatusCode != HttpStatusCode.Created || slot == 511)
                {
                    break;
                }

                stored.Add(Xname(slot));
                refused.Dispose();
            }

            using (refused)
            {
                var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Token)).RootElement;
                using var list = await http.GetAsync("/nodes?limit=1000", Token);
                using var one = await http.GetAsync("/nodes/" + Xname(1), Token);

                Assert.Equal(HttpStatusCode.InsufficientStorage, refused.StatusCode);
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
                Assert.Equal(507, problem.GetProperty("status").GetInt32());
                Assert.Contains("disk of the inventory store is full (No space left on device)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
                Assert.DoesNotContain(disk.Path, problem.GetRawText(), StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, list.StatusCode);
                var items = JsonDocument.Parse(await list.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("items");
                Assert.Equal(stored.Order(StringComparer.Ordinal), items.EnumerateArray().Select(n => n.GetProperty("xname").GetString()!).Order(StringComparer.Ordinal));
                Assert.Equal(HttpStatusCode.OK, one.StatusCode);
            }

            disk.Free();
            Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/nodes", Node(slot), Token)).StatusCode);
        }
        finally
        {
            await host.StopAsync(Token);
        }
    }

    private static string Xname(int slot) => $"x3000c{slot / 64}s{slot % 64}b0n0";

    private static StringContent Node(int slot) =>
        new($$"""{"xname": "{{Xname(slot)}}", "hostname": "nid{{slot:D4}}"}""", Encoding.UTF8, "application/json");
}
