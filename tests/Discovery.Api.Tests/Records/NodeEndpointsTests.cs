using System.Net;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests.Records;

/// <summary><c>/nodes</c> over real Kestrel: every status the route can answer.</summary>
public sealed class NodeEndpointsTests
{
    private const string Node = """
        {"xname": "x3000c0s1b0n0", "hostname": "node001", "arch": "x86_64", "boot_mac": "52:54:00:00:01:00",
         "network_interfaces": [{"name": "eth0", "mac_address": "52:54:00:00:01:00", "ipv4_addresses": ["10.1.0.1"]}]}
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nodes_CreateReadUpdateDelete_AnswerEachStatusAsHttpMeansIt()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;

        var created = await http.PostAsync("/nodes", Body(Node), Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await ReadAsync(created)).GetProperty("id").GetString();
        Assert.Equal($"/nodes/{id}", created.Headers.Location?.OriginalString);
        var etag = created.Headers.ETag!.ToString();

        var read = await http.GetAsync("/nodes/x3000c0s1b0n0", Token);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(etag, read.Headers.ETag!.ToString());
        Assert.Equal("10.1.0.1", (await ReadAsync(read)).GetProperty("network_interfaces")[0].GetProperty("ipv4_addresses")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/nodes/x9c0s0b0n0", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsync("/nodes", Body(Node), Token)).StatusCode);

        var updated = await http.SendAsync(WithIfMatch(HttpMethod.Put, "/nodes/x3000c0s1b0n0", etag, Node.Replace("node001", "login1", StringComparison.Ordinal)), Token);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("updated", updated.Headers.GetValues("Discover-Outcome").Single());
        Assert.NotEqual(etag, updated.Headers.ETag!.ToString());
        Assert.Equal("login1", (await ReadAsync(updated)).GetProperty("hostname").GetString());

        var stale = await http.SendAsync(WithIfMatch(HttpMethod.Put, "/nodes/x3000c0s1b0n0", etag, Node), Token);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await http.SendAsync(WithIfMatch(HttpMethod.Delete, "/nodes/x3000c0s1b0n0", etag), Token)).StatusCode);
        Assert.Equal("login1", (await ReadAsync(await http.GetAsync("/nodes/x3000c0s1b0n0", Token))).GetProperty("hostname").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await http.PutAsync("/nodes/x9c0s0b0n0", Body(Node), Token)).StatusCode);
        var deleted = await http.SendAsync(WithIfMatch(HttpMethod.Delete, "/nodes/x3000c0s1b0n0", updated.Headers.ETag!.ToString()), Token);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync("/nodes/x3000c0s1b0n0", Token)).StatusCode);
    }

    [Fact]
    public async Task Nodes_MutationWithoutValidToken_Gets401_ReadsStayOpen()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        using var forged = new HttpClient { BaseAddress = server.BaseAddress };
        forged.DefaultRequestHeaders.Authorization = new("Bearer", Auth.ApiTokens.CreateHs256(
            "another-secret-of-at-least-32-bytes-long"u8.ToArray(), "mallory", TimeSpan.FromHours(1), TimeProvider.System));

        var anonymous = await server.Anonymous.PostAsync("/nodes", Body(Node), Token);
        var badToken = await forged.PostAsync("/nodes", Body(Node), Token);
        var delete = await server.Anonymous.DeleteAsync("/nodes/x3000c0s1b0n0", Token);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], [anonymous.StatusCode, badToken.StatusCode, delete.StatusCode]);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("Bearer", (await ReadAsync(anonymous)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync("/nodes", Token)).StatusCode);
        Assert.Equal(0, (await server.Store.Nodes.ListAsync(new(), Token)).Total);
    }

    [Fact]
    public async Task Nodes_BodyOfTheWrongShape_400NamingTheField()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);

        var notJson = await server.Authorized.PostAsync("/nodes", Body("{\"xname\": "), Token);
        var wrongType = await server.Authorized.PostAsync("/nodes", Body("""{"xname": "x1c0s0b0n0", "processor_count": "many"}"""), Token);
        var unknownGroup = await server.Authorized.PostAsync("/nodes", Body("""{"xname": "x1c0s0b0n0", "groups": ["gpu"]}"""), Token);

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(["processor_count"], await ErrorFieldsAsync(wrongType));
        Assert.Equal(HttpStatusCode.BadRequest, unknownGroup.StatusCode);
        Assert.Equal(["groups[0]"], await ErrorFieldsAsync(unknownGroup));
    }

    [Theory]
    [InlineData("""{"xname": "x3000c0s1b0"}""", "xname")]
    [InlineData("""{"xname": "x3000c0s1b0n0", "boot_mac": "52:54:00:zz:01:00"}""", "boot_mac")]
    [InlineData("""{"xname": "x3000c0s1b0n0", "management_ip": "10.0.0.300"}""", "management_ip")]
    [InlineData("""{"xname": "x3000c0s1b0n0", "network_interfaces": [{"name": "eth0", "mac_address": "nope"}]}""", "network_interfaces[0].mac_address")]
    public async Task Nodes_InvalidXnameMacOrIp_400NamingTheFieldAndNothingStored(string body, string field)
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);

        var response = await server.Authorized.PostAsync("/nodes", Body(body), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await ErrorFieldsAsync(response));
        Assert.Equal(0, (await server.Store.Nodes.ListAsync(new(), Token)).Total);
    }

    [Fact]
    public async Task Nodes_ListWithFiltersAndPages_400ForAnUnknownFilterOrBadLimit()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        for (var i = 1; i <= 3; i++)
        {
            var body = $$"""{"xname": "x3000c0s{{i}}b0n0", "arch": "{{(i == 2 ? "aarch64" : "x86_64")}}", "network_interfaces": [{"name": "eth0", "mac_address": "52:54:00:00:0{{i}}:00"}]}""";
            Assert.Equal(HttpStatusCode.Created, (await server.Authorized.PostAsync("/nodes", Body(body), Token)).StatusCode);
        }

        var page = await ReadAsync(await server.Anonymous.GetAsync("/nodes?limit=2", Token));
        var arm = await ReadAsync(await server.Anonymous.GetAsync("/nodes?arch=aarch64", Token));
        var byMac = await ReadAsync(await server.Anonymous.GetAsync("/nodes?mac=52-54-00-00-03-00", Token));
        var unknown = await server.Anonymous.GetAsync("/nodes?colour=red", Token);
        var badLimit = await server.Anonymous.GetAsync("/nodes?limit=-1", Token);
        var badMac = await server.Anonymous.GetAsync("/nodes?mac=nope", Token);

        Assert.Equal((3, 2, 2), (page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength(), page.GetProperty("next_offset").GetInt32()));
        Assert.Equal("x3000c0s2b0n0", arm.GetProperty("items")[0].GetProperty("xname").GetString());
        Assert.Equal("x3000c0s3b0n0", byMac.GetProperty("items")[0].GetProperty("xname").GetString());
        Assert.Equal(["colour"], await ErrorFieldsAsync(unknown));
        Assert.Equal(["limit"], await ErrorFieldsAsync(badLimit));
        Assert.Equal(["mac"], await ErrorFieldsAsync(badMac));
    }

    [Fact]
    public async Task Nodes_HistoryAndEffectiveBootProfile_ThroughTheirRoutes()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/boot-profiles", Body("""{"name": "rocky9", "kernel_url": "http://10.0.0.1/vmlinuz"}"""), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/groups", Body("""{"name": "compute", "boot_profile": "rocky9"}"""), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/nodes", Body("""{"xname": "x3000c0s1b0n0", "groups": ["compute"]}"""), Token)).StatusCode);
        await http.PutAsync("/nodes/x3000c0s1b0n0", Body("""{"xname": "x3000c0s1b0n0", "hostname": "n1", "groups": ["compute"]}"""), Token);

        var history = await ReadAsync(await http.GetAsync("/nodes/x3000c0s1b0n0/history", Token));
        var all = await ReadAsync(await http.GetAsync("/history?kind=node", Token));
        var profile = await ReadAsync(await http.GetAsync("/nodes/x3000c0s1b0n0/boot-profile", Token));

        Assert.Equal(["added", "changed"], history.EnumerateArray().Select(e => e.GetProperty("event").GetString()));
        Assert.Equal("api:alice", history[1].GetProperty("actor").GetString());
        Assert.Equal("hostname", history[1].GetProperty("changes")[0].GetProperty("field").GetString());
        Assert.Equal(2, all.GetArrayLength());
        Assert.Equal(("rocky9", "compute"), (profile.GetProperty("profile_name").GetString(), profile.GetProperty("from_group").GetString()));
        Assert.Equal("http://10.0.0.1/vmlinuz", profile.GetProperty("profile").GetProperty("kernel_url").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/nodes/x9c0s0b0n0/history", Token)).StatusCode);

        // Paging back: the newest event, then the one before it by its sequence, then nothing.
        var newest = await ReadAsync(await http.GetAsync("/history?kind=node&limit=1", Token));
        Assert.Equal("changed", Assert.Single(newest.EnumerateArray()).GetProperty("event").GetString());
        var sequence = newest[0].GetProperty("sequence").GetInt64();
        var older = await ReadAsync(await http.GetAsync($"/history?kind=node&limit=1&before={sequence}", Token));
        Assert.Equal("added", Assert.Single(older.EnumerateArray()).GetProperty("event").GetString());
        Assert.True(older[0].GetProperty("sequence").GetInt64() < sequence);
        var none = await ReadAsync(await http.GetAsync($"/history?kind=node&before={older[0].GetProperty("sequence").GetInt64()}", Token));
        Assert.Equal(0, none.GetArrayLength());
        Assert.Equal(["before"], await ErrorFieldsAsync(await http.GetAsync("/history?before=-3", Token)));
        Assert.Equal(["limit"], await ErrorFieldsAsync(await http.GetAsync("/history?limit=lots", Token)));
    }
}
