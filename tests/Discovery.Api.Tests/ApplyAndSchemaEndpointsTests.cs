using System.Net;
using System.Net.Http.Json;
using Discovery.Store.Remote;
using Discovery.Store;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests;

/// <summary><c>POST /apply</c>, <c>GET /schemas/{name}.json</c>, and the snapshot taken at shutdown.</summary>
public sealed class ApplyAndSchemaEndpointsTests
{
    private const string Manifest = "kind: NodeGroup\nname: compute\n---\nkind: ComputeNode\nxname: x3000c0s1b0n0\ngroups: [compute]\n";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static JsonContent Request(string text, bool dryRun = false) => JsonContent.Create(
        new ApplyRequest { Sources = [new ManifestSource("site.yaml", text)], DryRun = dryRun }, ApiJsonContext.Default.ApplyRequest);

    [Fact]
    public async Task Apply_CreatesThenReportsUnchanged_DryRunStoresNothing_ErrorsAreLocated()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);

        var unauthenticated = await server.Anonymous.PostAsync("/apply", Request(Manifest), Token);
        var dry = await ReadAsync(await server.Authorized.PostAsync("/apply", Request(Manifest, dryRun: true), Token));
        var afterDry = (await server.Store.Nodes.ListAsync(new RecordQuery(), Token)).Total;
        var first = await ReadAsync(await server.Authorized.PostAsync("/apply", Request(Manifest), Token));
        var second = await ReadAsync(await server.Authorized.PostAsync("/apply", Request(Manifest), Token));
        var broken = await server.Authorized.PostAsync("/apply", Request("kind: ComputeNode\nxname: x3000c0s2b0n0\nboot_mac: zz\n"), Token);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal((true, 2), (dry.GetProperty("dry_run").GetBoolean(), dry.GetProperty("created").GetInt32()));
        Assert.Equal(0, afterDry);
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal((0, 2), (second.GetProperty("created").GetInt32(), second.GetProperty("unchanged").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var problem = await ReadAsync(broken);
        Assert.Contains("site.yaml:3", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("boot_mac", problem.GetProperty("report").GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(1, (await server.Store.Nodes.ListAsync(new RecordQuery(), Token)).Total);
    }

    [Fact]
    public async Task Schemas_ServeEachRecordsSchema_404ForAnUnknownName()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);

        var node = await server.Anonymous.GetAsync("/schemas/ComputeNode.json", Token);
        var unknown = await server.Anonymous.GetAsync("/schemas/Toaster.json", Token);

        Assert.Equal(HttpStatusCode.OK, node.StatusCode);
        Assert.Equal("application/schema+json", node.Content.Headers.ContentType?.MediaType);
        Assert.True((await ReadAsync(node)).GetProperty("properties").TryGetProperty("xname", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Stop_TakesASnapshotOfWhatChanged()
    {
        var server = await ApiServer.StartAsync(cancellationToken: Token);
        await using (server)
        {
            Assert.Equal(HttpStatusCode.Created, (await server.Authorized.PostAsync("/nodes", Body("""{"xname": "x3000c0s1b0n0"}"""), Token)).StatusCode);
            await server.StopAsync();

            var snapshot = Assert.Single(server.Store.ListSnapshots());
            Assert.Equal(1L, snapshot.Rows["nodes"]);
            Assert.Equal(server.Store.Version, snapshot.Version);
        }
    }
}
