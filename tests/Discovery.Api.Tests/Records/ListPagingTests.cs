using System.Globalization;
using System.Net;
using System.Text.Json;
using Discovery.Records;
using Discovery.Store;
using Discovery.Store.Remote;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests.Records;

/// <summary>
/// Listings on a real Kestrel: <c>total</c>, <c>next_offset</c> and <c>next_after</c> right after writes, with filters,
/// and the API client walking to the end while records are added or deleted between its pages.
/// </summary>
public sealed class ListPagingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/nodes")]
    [InlineData("/bmcs")]
    [InlineData("/interfaces")]
    [InlineData("/groups")]
    [InlineData("/boot-profiles")]
    public async Task List_ReadThenSixPostedThenLimit2_CountsAllEightAndPagesToTheEnd(string collection)
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        var body = await BodyFactoryAsync(http, collection);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(collection, Body(body(i)), Token)).StatusCode);
        }

        var before = await ReadAsync(await http.GetAsync(collection, Token));
        for (var i = 2; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await http.PostAsync(collection, Body(body(i)), Token)).StatusCode);
        }

        var first = await ReadAsync(await http.GetAsync(collection + "?limit=2", Token));
        var byOffset = await WalkAsync(http, collection, first, p => $"offset={p.GetProperty("next_offset").GetInt32()}");
        var byCursor = await WalkAsync(http, collection, first, p => $"after={Uri.EscapeDataString(p.GetProperty("next_after").GetString()!)}");

        Assert.Equal(2, before.GetProperty("total").GetInt64());
        Assert.Equal((8, 2, 2), (first.GetProperty("total").GetInt32(), first.GetProperty("items").GetArrayLength(), first.GetProperty("next_offset").GetInt32()));
        Assert.Equal(8, byOffset.Distinct().Count());
        Assert.Equal(byOffset, byCursor);
    }

    [Fact]
    public async Task List_WithFilters_TotalCountsTheFilteredSetOnly()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/groups", Body("""{"name": "gpu"}"""), Token)).StatusCode);
        for (var i = 1; i <= 9; i++)
        {
            var groups = i % 3 == 0 ? """["gpu"]""" : "[]";
            var cabinet = i <= 5 ? 3000 : 3001;
            Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/nodes", Body($$"""{"xname": "x{{cabinet}}c0s{{i}}b0n0", "groups": {{groups}}}"""), Token)).StatusCode);
        }

        var glob = await ReadAsync(await http.GetAsync("/nodes?xname=x3000*&limit=2", Token));
        var inGroup = await ReadAsync(await http.GetAsync("/nodes?group=gpu&limit=2", Token));
        var lastOfGroup = await ReadAsync(await http.GetAsync("/nodes?group=gpu&limit=2&offset=2", Token));

        Assert.Equal((5, 2, 2), (glob.GetProperty("total").GetInt32(), glob.GetProperty("items").GetArrayLength(), glob.GetProperty("next_offset").GetInt32()));
        Assert.Equal((3, 2, 2), (inGroup.GetProperty("total").GetInt32(), inGroup.GetProperty("items").GetArrayLength(), inGroup.GetProperty("next_offset").GetInt32()));
        Assert.Equal(["x3001c0s9b0n0"], lastOfGroup.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("xname").GetString()));
        Assert.False(lastOfGroup.TryGetProperty("next_offset", out _));
    }

    [Fact]
    public async Task Client_RecordDeletedBetweenPages_StillReturnsEverySurvivorOnce()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token, maxPageSize: 2);
        var ids = await CreateNodesAsync(server.Store, 7);
        using var handler = new BetweenPagesHandler(() => server.Store.Nodes.DeleteAsync(ids[0], new WriteConditions { Actor = "test" }, Token));
        using var client = new InventoryApiClient(server.BaseAddress, null, handler);

        var all = await client.Nodes.ListAsync(new RecordQuery { Limit = null }, Token);

        // The first page showed the deleted node before it went; the node after it must not be skipped.
        Assert.Equal(ids, all.Items.Select(n => n.Xname));
        Assert.Equal(6, all.Total);
    }

    [Fact]
    public async Task Client_RecordAddedBetweenPages_ShowsNoRecordTwice()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token, maxPageSize: 2);
        var ids = await CreateNodesAsync(server.Store, 7);
        using var handler = new BetweenPagesHandler(() => server.Store.Nodes.CreateAsync(
            new ComputeNode { Id = Guid.Empty, Xname = "x1000c0s0b0n0" }, new WriteConditions { Actor = "test" }, Token));
        using var client = new InventoryApiClient(server.BaseAddress, null, handler);

        var all = await client.Nodes.ListAsync(new RecordQuery { Limit = null }, Token);

        // The new node sorts before the pages already read: it is not shown, and nothing shifts into view twice.
        Assert.Equal(ids, all.Items.Select(n => n.Xname));
    }

    [Fact]
    public async Task List_CursorThatIsNotOne_Is400NamingAfter()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);

        var response = await server.Anonymous.GetAsync("/nodes?after=not-a-cursor", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["after"], await ErrorFieldsAsync(response));
    }

    /// <summary>Stores <paramref name="count"/> nodes directly; returns their xnames in listing order.</summary>
    internal static async Task<IReadOnlyList<string>> CreateNodesAsync(InventoryStore store, int count)
    {
        var text = string.Concat(Enumerable.Range(0, count).Select(i => string.Create(
            CultureInfo.InvariantCulture, $"---\nkind: ComputeNode\nxname: x{3000 + (i / 64)}c0s{i % 64}b0n0\n")));
        var report = await store.ApplyAsync(new ApplyRequest { Sources = [new ManifestSource("nodes.yaml", text)] }, "test", Token);
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        return [.. Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"x{3000 + (i / 64)}c0s{i % 64}b0n0")).Order(StringComparer.Ordinal)];
    }

    private static async Task<Func<int, string>> BodyFactoryAsync(HttpClient http, string collection)
    {
        switch (collection)
        {
            case "/nodes":
                return i => $$"""{"xname": "x3000c0s{{i}}b0n0"}""";
            case "/bmcs":
                return i => $$"""{"xname": "x3000c0s{{i}}b0", "ip": "127.0.1.{{i + 1}}"}""";
            case "/groups":
                return i => $$"""{"name": "group{{i}}"}""";
            case "/boot-profiles":
                return i => $$"""{"name": "profile{{i}}"}""";
            default:
                var node = await ReadAsync(await http.PostAsync("/nodes", Body("""{"xname": "x3000c0s1b0n0"}"""), Token));
                var owner = node.GetProperty("id").GetString();
                return i => $$"""{"owner_id": "{{owner}}", "owner_kind": "node", "name": "eth{{i}}", "mac_address": "52:54:00:00:02:0{{i}}"}""";
        }
    }

    /// <summary>Follows <paramref name="next"/> (the query of the following page) from <paramref name="page"/> to the last; the ids seen.</summary>
    private static async Task<List<string>> WalkAsync(HttpClient http, string collection, JsonElement page, Func<JsonElement, string> next)
    {
        var ids = new List<string>();
        while (true)
        {
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
            if (!page.TryGetProperty("next_offset", out _))
            {
                return ids;
            }

            Assert.True(ids.Count <= 8, "the pages do not end");
            page = await ReadAsync(await http.GetAsync($"{collection}?limit=2&{next(page)}", Token));
        }
    }

    /// <summary>Runs a write once, after the first listing page has been answered and before the second is asked for.</summary>
    private sealed class BetweenPagesHandler(Func<Task> write) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _pages;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (Interlocked.Increment(ref _pages) == 1)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                await write();
            }

            return response;
        }
    }
}
