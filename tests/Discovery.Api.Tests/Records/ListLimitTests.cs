using System.Globalization;
using System.Net;
using System.Text.Json;
using Discovery.Store;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests.Records;

/// <summary>
/// The lists inside a record that people write (API, apply) have limits (<see cref="RecordListLimits"/>): past one is a
/// 400 naming the field, at one is stored; a body past the size cap is a 413. Collected records are not held to them.
/// </summary>
public sealed class ListLimitTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostNode_OneNicPastTheLimit_Is400NamingNetworkInterfaces_AndNothingIsStored()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);

        var response = await server.Authorized.PostAsync("/nodes", Body(Node("x3000c0s1b0n0", RecordListLimits.NetworkInterfaces + 1)), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["network_interfaces"], await ErrorFieldsAsync(response));
        Assert.Contains("network_interfaces: 1025 items; at most 1024 are allowed", (await ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await server.Store.Nodes.ListAsync(new RecordQuery(), Token)).Total);
    }

    [Fact]
    public async Task PostNode_AtEveryLimit_IsStoredWhole()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);

        var response = await server.Authorized.PostAsync("/nodes", Body(Node("x3000c0s1b0n0", RecordListLimits.NetworkInterfaces, RecordListLimits.AddressesPerInterface)), Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await server.Store.Nodes.GetAsync("x3000c0s1b0n0", Token);
        Assert.Equal(RecordListLimits.NetworkInterfaces, stored!.Record.NetworkInterfaces.Count);
        Assert.Equal(RecordListLimits.AddressesPerInterface, stored.Record.NetworkInterfaces[0].Ipv4Addresses.Count);
    }

    [Fact]
    public async Task PostNode_NicWithTooManyAddresses_Is400NamingThatNicsList()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);

        var response = await server.Authorized.PostAsync("/nodes", Body(Node("x3000c0s1b0n0", 1, RecordListLimits.AddressesPerInterface + 1)), Token);
        var nic = await server.Authorized.PostAsync("/interfaces", Body($$"""{"owner_kind": "node", "owner_id": "{{Guid.NewGuid()}}", "ipv6_addresses": [{{string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"fd00::{i:x}\""))}}]}"""), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["network_interfaces[0].ipv4_addresses"], await ErrorFieldsAsync(response));
        Assert.Equal(HttpStatusCode.BadRequest, nic.StatusCode);
        Assert.Equal(["ipv6_addresses"], await ErrorFieldsAsync(nic));
    }

    [Fact]
    public async Task Groups_TooManyMembersOrLabels_Are400NamingTheField_AtTheLimitStored()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;

        var members = await http.PostAsync("/groups", Body($$"""{"name": "all", "members": [{{string.Join(",", Enumerable.Range(0, RecordListLimits.MembersPerGroup + 1).Select(i => $"\"n{i}\""))}}]}"""), Token);
        var labels = await http.PostAsync("/groups", Body(Group("many", RecordListLimits.LabelsPerGroup + 1)), Token);
        var atLimit = await http.PostAsync("/groups", Body(Group("enough", RecordListLimits.LabelsPerGroup)), Token);

        Assert.Equal(HttpStatusCode.BadRequest, members.StatusCode);
        Assert.Equal(["members"], await ErrorFieldsAsync(members));
        Assert.Equal(HttpStatusCode.BadRequest, labels.StatusCode);
        Assert.Equal(["labels"], await ErrorFieldsAsync(labels));
        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
        Assert.Equal(RecordListLimits.LabelsPerGroup, (await ReadAsync(atLimit)).GetProperty("labels").EnumerateObject().Count());
    }

    [Fact]
    public async Task Apply_DocumentPastALimit_Is400NamingTheFieldAndLine_NothingStored()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var labels = string.Concat(Enumerable.Range(0, RecordListLimits.LabelsPerGroup + 1).Select(i => $"  k{i}: v\n"));
        var request = JsonSerializer.Serialize(new { sources = new[] { new { name = "groups.yaml", text = "kind: NodeGroup\nname: big\nlabels:\n" + labels } } });

        var response = await server.Authorized.PostAsync("/apply", Body(request), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await ReadAsync(response)).GetProperty("detail").GetString();
        Assert.Contains("groups.yaml:3", detail, StringComparison.Ordinal);
        Assert.Contains("labels: 257 items; at most 256 are allowed", detail, StringComparison.Ordinal);
        Assert.Equal(0, (await server.Store.Groups.ListAsync(new RecordQuery(), Token)).Total);
    }

    [Fact]
    public async Task PostNode_BodyPastTheSizeCap_Is413SayingTheCap()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var huge = $$"""{"xname": "x3000c0s1b0n0", "model": "{{new string('m', 9 * 1024 * 1024)}}"}""";

        using var response = await PostExpectingContinueAsync(server, "/nodes", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("a node may be at most 8388608 bytes (8 MiB)", (await ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_NodeWithMoreNicsThanPeopleMayWrite_IsKeptWhole()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var node = JsonSerializer.Deserialize<JsonElement>(Node("x3000c0s1b0n0", RecordListLimits.NetworkInterfaces + 10));
        var collected = JsonSerializer.Serialize(new[]
        {
            new { address = "127.0.0.2", port = 443, complete = true, status = "ok", bmc = new { id = Guid.NewGuid(), ip = "127.0.0.2" }, nodes = new[] { node } },
        });

        var response = await server.Authorized.PostAsync("/collect", Body(collected), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await server.Store.Nodes.GetAsync("x3000c0s1b0n0", Token);
        Assert.Equal(RecordListLimits.NetworkInterfaces + 10, stored!.Record.NetworkInterfaces.Count);
    }

    [Fact]
    public async Task Collect_BodyPastItsCap_Is413SayingTheCap()
    {
        // The real cap is 1 GiB; a server with a 1 MiB one shows the same rule without sending a gigabyte.
        await using var server = await ApiServer.StartAsync(cancellationToken: Token, configure: o => o with { MaxCollectBodyBytes = 1024 * 1024 });
        var node = JsonSerializer.Deserialize<JsonElement>(Node("x3000c0s1b0n0", 2));
        var collected = JsonSerializer.Serialize(new[]
        {
            new { address = "127.0.0.2", port = 443, complete = true, status = "ok", bmc = new { id = Guid.NewGuid(), ip = "127.0.0.2", description = new string('d', 2 * 1024 * 1024) }, nodes = new[] { node } },
        });

        using var response = await PostExpectingContinueAsync(server, "/collect", collected);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("a collect request may be at most 1048576 bytes (1 MiB)", (await ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(await server.Store.Nodes.GetAsync("x3000c0s1b0n0", Token));
    }

    /// <summary>
    /// POSTs <paramref name="body"/> with <c>Expect: 100-continue</c>, waited for as long as it takes, so the client hears
    /// a 413 (sent on the headers alone) instead of writing the body into a connection the server has closed.
    /// </summary>
    private static async Task<HttpResponseMessage> PostExpectingContinueAsync(ApiServer server, string path, string body)
    {
        using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(5) }) { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Body(body) };
        request.Headers.ExpectContinue = true;
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Token);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, Token);
        return response;
    }

    /// <summary>A node with <paramref name="nics"/> NICs (distinct MACs), each with <paramref name="addresses"/> IPv4 addresses.</summary>
    private static string Node(string xname, int nics, int addresses = 0) =>
        $$"""{"id": "{{Guid.NewGuid()}}", "xname": "{{xname}}", "network_interfaces": [{{string.Join(",", Enumerable.Range(0, nics).Select(i => string.Create(CultureInfo.InvariantCulture,
            $$"""{"id": "{{Guid.NewGuid()}}", "name": "eth{{i}}", "mac_address": "52:54:00:00:{{i / 256:x2}}:{{i % 256:x2}}", "ipv4_addresses": [{{string.Join(",", Enumerable.Range(0, addresses).Select(a => $"\"10.{i / 256}.{i % 256}.{a}\""))}}]}""")))}}]}""";

    private static string Group(string name, int labels) =>
        $$"""{"name": "{{name}}", "labels": {{Labels(labels)}}}""";

    private static string Labels(int count) => "{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"k{i}\": \"v\"")) + "}";
}
