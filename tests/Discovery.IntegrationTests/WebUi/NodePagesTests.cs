using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Discovery.Api.Auth;
using Discovery.Testing;
using Microsoft.Playwright;

namespace Discovery.IntegrationTests.WebUi;

/// <summary>
/// The nodes, node and group pages on the real <c>discover serve</c> (issue 18): filter to a group (natural order, kept in
/// the address), search from the keyboard, a node's history, editing a host name and a group's boot profile with a
/// pasted token, and the conflict message when someone else's write came first.
/// </summary>
public sealed class NodePagesTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string JwtSecret = "web-ui-node-pages-secret-at-least-32-bytes!";

    private static readonly string[] Rack1 = SeededNodes.Rack1;

    private static readonly string[] Rack2 = ["x1000c0s1b0n0", "x1000c0s3b0n0", "x1000c0s9b0n0"];

    private static readonly string[] All = ["x1000c0s1b0n0", "x1000c0s2b0n0", "x1000c0s3b0n0", "x1000c0s9b0n0", "x1000c0s10b0n0", "x1000c0s11b0n0", "x1000c0s20b0n0"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ILocator Rows(IPage page) => page.Locator("table.nodes tbody th[scope=row]");

    [Fact]
    public async Task Filter_to_a_group_shows_exactly_its_nodes_in_natural_order_and_the_address_keeps_it()
    {
        await using var seeded = await SeededNodes.StartAsync(JwtSecret, Token);
        var server = seeded.Server;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + "#/nodes");
        await Assertions.Expect(Rows(page)).ToHaveTextAsync(All);
        await Assertions.Expect(page.Locator("#nodes-count")).ToHaveTextAsync("1–7 of 7");

        // The group in x1000c0s2b0n0's row filters the list to that group.
        await page.Locator("table.nodes tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "x1000c0s2b0n0" }) })
            .GetByRole(AriaRole.Link, new() { Name = "rack1", Exact = true }).ClickAsync();

        await Assertions.Expect(Rows(page)).ToHaveTextAsync(Rack1);
        await Assertions.Expect(page.Locator("#nodes-count")).ToHaveTextAsync("1–4 of 4");
        Assert.EndsWith("#/nodes?group=rack1", page.Url, StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "nodes");

        await page.ReloadAsync();
        await Assertions.Expect(Rows(page)).ToHaveTextAsync(Rack1);

        // The API agrees: the same nodes, in the same order.
        using var http = new HttpClient { BaseAddress = server.Address };
        var listed = await http.GetFromJsonAsync<JsonElement>("/nodes?group=rack1", Token);
        Assert.Equal(Rack1, listed.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("xname").GetString()));
        Assert.Empty(chromium.OffHostRequests);
    }

    [Fact]
    public async Task Search_box_and_row_links_work_from_the_keyboard_and_the_address_keeps_the_search()
    {
        await using var seeded = await SeededNodes.StartAsync(JwtSecret, Token);
        var server = seeded.Server;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + "#/nodes");
        await Assertions.Expect(Rows(page)).ToHaveTextAsync(All);

        await TabToAsync(page, "document.activeElement.id === 'node-search'");
        await page.Keyboard.TypeAsync("S1");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Rows(page)).ToHaveTextAsync(["x1000c0s1b0n0", "x1000c0s10b0n0", "x1000c0s11b0n0"]);
        Assert.Contains("#/nodes?q=S1", page.Url, StringComparison.Ordinal);

        // A MAC in another spelling, and a group's name, find their nodes too.
        await page.GetByLabel("Search nodes").FillAsync("52-54-00-00-00-09");
        await page.GetByLabel("Search nodes").PressAsync("Enter");
        await Assertions.Expect(Rows(page)).ToHaveTextAsync(["x1000c0s9b0n0"]);
        await page.GetByLabel("Search nodes").FillAsync("rack2");
        await page.GetByLabel("Search nodes").PressAsync("Enter");
        await Assertions.Expect(Rows(page)).ToHaveTextAsync(Rack2);

        await page.ReloadAsync();
        await Assertions.Expect(Rows(page)).ToHaveTextAsync(Rack2);
        Assert.Equal("rack2", await page.GetByLabel("Search nodes").InputValueAsync());

        await page.GetByLabel("Search nodes").FocusAsync();
        await TabToAsync(page, "document.activeElement.textContent === 'x1000c0s3b0n0'");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Node x1000c0s3b0n0");
    }

    [Fact]
    public async Task Node_page_shows_history_and_edits_the_host_name_with_a_pasted_token()
    {
        await using var seeded = await SeededNodes.StartAsync(JwtSecret, Token);
        var server = seeded.Server;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + "#/node/x1000c0s2b0n0");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Node x1000c0s2b0n0");
        await Assertions.Expect(page.Locator("ol.timeline > li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync("added");
        // What the BMC reported is shown as it is, beside the host name people chose.
        await Assertions.Expect(page.Locator("dl.summary").First).ToContainTextAsync("NID-0002 <b>");
        await Assertions.Expect(page.Locator("dl[aria-label='Effective boot profile']")).ToContainTextAsync("rocky");

        // Without a token the save is refused and the page says why.
        await page.GetByLabel("Host name", new() { Exact = true }).FillAsync("login-a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".outcome [role=alert]")).ToContainTextAsync("editing needs an API token");
        Assert.Equal("nid002", await HostnameAsync(server, "x1000c0s2b0n0"));

        // The same form edits the node's groups: it joins rack2 too.
        await PasteTokenAsync(page);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "rack2", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".outcome")).ToContainTextAsync("Saved node x1000c0s2b0n0");
        Assert.Equal("login-a", await HostnameAsync(server, "x1000c0s2b0n0"));
        Assert.Equal(["rack1", "rack2"], await GroupsAsync(server, "x1000c0s2b0n0"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Show the node as it is now" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.timeline > li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("ol.timeline > li").First).ToContainTextAsync("changed by api:web-ui");
        await Assertions.Expect(page.Locator("ol.timeline > li").First).ToContainTextAsync("hostname: \"nid002\" → \"login-a\"");
        await Screenshots.SaveAsync(page, "node");
    }

    [Fact]
    public async Task Someone_elses_write_between_reading_and_saving_shows_a_conflict_and_survives()
    {
        await using var seeded = await SeededNodes.StartAsync(JwtSecret, Token);
        var server = seeded.Server;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + "#/node/x1000c0s10b0n0");
        await PasteTokenAsync(page);
        await Assertions.Expect(page.Locator("#edit-hostname")).ToHaveValueAsync("nid010");

        // Another writer changes the node after the page read it.
        using var other = server.CreateAuthorizedClient();
        await ReplaceAsync(other, "/nodes/x1000c0s10b0n0", node => node["hostname"] = "theirs");

        await page.GetByLabel("Host name", new() { Exact = true }).FillAsync("mine");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "rack2" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator(".conflict")).ToContainTextAsync("changed by someone else since you opened it; reload to see their change");
        Assert.Equal("theirs", await HostnameAsync(server, "x1000c0s10b0n0"));

        // Reload shows their change; the next save goes through.
        await page.GetByRole(AriaRole.Button, new() { Name = "Reload" }).ClickAsync();
        await Assertions.Expect(page.Locator("#edit-hostname")).ToHaveValueAsync("theirs");
    }

    [Fact]
    public async Task Group_page_from_a_node_edits_the_boot_profile_and_shows_a_conflict()
    {
        await using var seeded = await SeededNodes.StartAsync(JwtSecret, Token);
        var server = seeded.Server;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + "#/node/x1000c0s11b0n0");
        await PasteTokenAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "rack1", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Group rack1");
        await Assertions.Expect(page.Locator("ul.members a")).ToHaveTextAsync(Rack1);

        await page.GetByLabel("Members boot with").SelectOptionAsync("rocky-debug");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".outcome")).ToContainTextAsync("Saved group rack1");
        Assert.Equal("rocky-debug", await BootProfileAsync(server, "rack1"));
        await Screenshots.SaveAsync(page, "group-edit");

        // The node now boots with the group's new profile.
        using var http = new HttpClient { BaseAddress = server.Address };
        var effective = await http.GetFromJsonAsync<JsonElement>("/nodes/x1000c0s11b0n0/boot-profile", Token);
        Assert.Equal(("rocky-debug", "rack1"), (effective.GetProperty("profile_name").GetString(), effective.GetProperty("from_group").GetString()));

        using var other = server.CreateAuthorizedClient();
        await ReplaceAsync(other, "/groups/rack1", group => group["description"] = "theirs");
        await page.GetByLabel("Members boot with").SelectOptionAsync("rocky");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".conflict")).ToContainTextAsync("changed by someone else since you opened it");
        Assert.Equal("rocky-debug", await BootProfileAsync(server, "rack1"));
    }

    /// <summary>Pastes a valid token (subject web-ui) into the page's token box, as a person would.</summary>
    private static async Task PasteTokenAsync(IPage page)
    {
        await page.GetByLabel("API token").FillAsync(ApiTokens.CreateHs256(Encoding.UTF8.GetBytes(JwtSecret), "web-ui", TimeSpan.FromMinutes(10), TimeProvider.System));
        await page.GetByLabel("API token").PressAsync("Enter");
    }

    /// <summary>Reads <paramref name="path"/>, changes it, and PUTs it back with its ETag.</summary>
    private static async Task ReplaceAsync(HttpClient http, string path, Action<System.Text.Json.Nodes.JsonObject> change)
    {
        using var read = await http.GetAsync(path, Token);
        var record = System.Text.Json.Nodes.JsonNode.Parse(await read.Content.ReadAsStringAsync(Token))!.AsObject();
        change(record);
        using var put = new HttpRequestMessage(HttpMethod.Put, path) { Content = new StringContent(record.ToJsonString(), Encoding.UTF8, "application/json") };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        using var response = await http.SendAsync(put, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<string?> HostnameAsync(DiscoverProcess server, string xname)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        return (await http.GetFromJsonAsync<JsonElement>($"/nodes/{xname}", Token)).GetProperty("hostname").GetString();
    }

    private static async Task<List<string?>> GroupsAsync(DiscoverProcess server, string xname)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        return [.. (await http.GetFromJsonAsync<JsonElement>($"/nodes/{xname}", Token)).GetProperty("groups").EnumerateArray().Select(g => g.GetString())];
    }

    private static async Task<string?> BootProfileAsync(DiscoverProcess server, string group)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        return (await http.GetFromJsonAsync<JsonElement>($"/groups/{group}", Token)).GetProperty("boot_profile").GetString();
    }

    /// <summary>Presses Tab until <paramref name="condition"/> holds (at most 40 times): the element is reachable from the keyboard.</summary>
    private static async Task TabToAsync(IPage page, string condition)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"not reachable with Tab: {condition}");
    }
}
