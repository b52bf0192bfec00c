using System.Net;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests;

/// <summary><c>/snapshots</c>, <c>/openapi.json</c>, <c>--auth none</c>.</summary>
public sealed class SnapshotAndDocumentTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Snapshots_CreateListRestore_AndUnknownNameIs404()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        await http.PostAsync("/nodes", Body("""{"xname": "x3000c0s1b0n0"}"""), Token);

        var unauthenticated = await server.Anonymous.PostAsync("/snapshots", null, Token);
        var created = await http.PostAsync("/snapshots", null, Token);
        var name = (await ReadAsync(created)).GetProperty("name").GetString();
        await http.PostAsync("/nodes", Body("""{"xname": "x3000c0s2b0n0"}"""), Token);
        var listed = await ReadAsync(await http.GetAsync("/snapshots", Token));
        var restored = await http.PostAsync($"/snapshots/{name}/restore", null, Token);
        var unknown = await http.PostAsync("/snapshots/19990101T000000.000Z/restore", null, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(name, listed[0].GetProperty("name").GetString());
        Assert.Equal(1, listed[0].GetProperty("rows").GetProperty("nodes").GetInt32());
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(1, (await ReadAsync(await http.GetAsync("/nodes", Token))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task OpenApi_DocumentListsEveryCollection()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);

        var document = await ReadAsync(await server.Anonymous.GetAsync("/openapi.json", Token));

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/nodes", "/nodes/{key}", "/bmcs", "/interfaces/{key}", "/groups", "/boot-profiles/{key}", "/history", "/snapshots" })
        {
            Assert.Contains(path, paths);
        }

        Assert.Equal("discover inventory API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task AuthNone_MutationsNeedNoToken()
    {
        await using var server = await ApiServer.StartAsync(ApiAuthMode.None, Token);

        var created = await server.Anonymous.PostAsync("/nodes", Body("""{"xname": "x3000c0s1b0n0"}"""), Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var history = await server.Store.ReadHistoryAsync(new Store.HistoryQuery(), Token);
        Assert.Equal("api", Assert.Single(history).Actor);
    }
}
