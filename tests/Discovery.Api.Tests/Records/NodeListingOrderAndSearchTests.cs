using System.Net;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests.Records;

/// <summary><c>GET /nodes</c> pages in natural xname order and its <c>search</c> filter (issue 18: the web view's one box).</summary>
public sealed class NodeListingOrderAndSearchTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_PagesWalkXnamesInNaturalOrder_S2BeforeS10()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        await SeedAsync(server.Authorized);

        var xnames = new List<string?>();
        var next = "/nodes?limit=2";
        while (next is not null)
        {
            var page = await ReadAsync(await server.Anonymous.GetAsync(next, Token));
            xnames.AddRange(page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("xname").GetString()));
            next = page.TryGetProperty("next_after", out var after) ? "/nodes?limit=2&after=" + Uri.EscapeDataString(after.GetString()!) : null;
        }

        var second = await ReadAsync(await server.Anonymous.GetAsync("/nodes?limit=2&offset=2", Token));

        Assert.Equal(["x1000c0s1b0n0", "x1000c0s2b0n0", "x1000c0s9b0n0", "x1000c0s10b0n0", "x1000c0s21b0n0"], xnames);
        Assert.Equal(["x1000c0s9b0n0", "x1000c0s10b0n0"], second.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("xname").GetString()));
    }

    [Theory]
    [InlineData("search=RACK1", "x1000c0s2b0n0,x1000c0s10b0n0")]
    [InlineData("search=login", "x1000c0s21b0n0")]
    [InlineData("search=52:54:00:00:00:09", "x1000c0s9b0n0")]
    [InlineData("search=10.0.0.1", "x1000c0s1b0n0,x1000c0s10b0n0")]
    [InlineData("search=s1&group=rack1", "x1000c0s10b0n0")]
    public async Task List_Search_FindsByXnameHostnameMacIpOrGroup(string query, string expected)
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        await SeedAsync(server.Authorized);

        var page = await ReadAsync(await server.Anonymous.GetAsync("/nodes?" + query, Token));

        Assert.Equal(expected, string.Join(",", page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("xname").GetString())));
        Assert.Equal(expected.Split(',').Length, page.GetProperty("total").GetInt32());
    }

    /// <summary>Five nodes posted out of order: s10 and s2 in group rack1, one login node, MACs and IPs by slot.</summary>
    private static async Task SeedAsync(HttpClient http)
    {
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/groups", Body("""{"name": "rack1"}"""), Token)).StatusCode);
        foreach (var slot in new[] { 10, 2, 21, 1, 9 })
        {
            var groups = slot is 2 or 10 ? """["rack1"]""" : "[]";
            var hostname = slot == 21 ? "login1" : $"nid{slot:D3}";
            var body = $$"""
                {"xname": "x1000c0s{{slot}}b0n0", "hostname": "{{hostname}}", "groups": {{groups}}, "boot_mac": "52:54:00:00:00:{{slot:D2}}",
                 "network_interfaces": [{"name": "eth0", "mac_address": "52:54:00:00:01:{{slot:D2}}", "ipv4_addresses": ["10.0.0.{{slot}}"]}]}
                """;
            var response = await http.PostAsync("/nodes", Body(body), Token);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Token));
        }
    }
}
