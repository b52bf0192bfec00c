using System.Net;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests.Records;

/// <summary><c>/bmcs</c>, <c>/interfaces</c>, <c>/groups</c> and <c>/boot-profiles</c>: each route's success and its own errors.</summary>
public sealed class OtherKindEndpointsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/bmcs", """{"xname": "x3000c0s1b0", "ip": "127.0.0.2", "mac": "52:54:00:00:01:ff"}""", "x3000c0s1b0", "firmware_version", "\"2.0\"")]
    [InlineData("/groups", """{"name": "compute", "labels": {"rack": "r1"}}""", "compute", "description", "\"login\"")]
    [InlineData("/boot-profiles", """{"name": "rocky9", "kernel_url": "http://10.0.0.1/vmlinuz"}""", "rocky9", "kernel_params", "\"console=ttyS0\"")]
    public async Task Collection_CreateGetListReplaceDelete_Succeeds(string collection, string body, string key, string field, string value)
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;

        var created = await http.PostAsync(collection, Body(body), Token);
        var read = await http.GetAsync($"{collection}/{key}", Token);
        var list = await ReadAsync(await http.GetAsync(collection, Token));
        var replaced = await http.SendAsync(WithIfMatch(HttpMethod.Put, $"{collection}/{key}", read.Headers.ETag!.ToString(), body.Insert(1, $"\"{field}\": {value}, ")), Token);
        var stale = await http.SendAsync(WithIfMatch(HttpMethod.Put, $"{collection}/{key}", read.Headers.ETag!.ToString(), body), Token);
        var deleted = await http.DeleteAsync($"{collection}/{key}", Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(value.Trim('"'), (await ReadAsync(replaced)).GetProperty(field).GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"{collection}/{key}", Token)).StatusCode);
    }

    [Fact]
    public async Task Interfaces_OwnerMustExist_ThenCrudByMac()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        var node = await ReadAsync(await http.PostAsync("/nodes", Body("""{"xname": "x3000c0s1b0n0"}"""), Token));
        var owner = node.GetProperty("id").GetString();

        var orphan = await http.PostAsync("/interfaces", Body($$"""{"owner_id": "{{Guid.NewGuid()}}", "owner_kind": "node", "mac_address": "52:54:00:00:01:00"}"""), Token);
        var created = await http.PostAsync("/interfaces", Body($$"""{"owner_id": "{{owner}}", "owner_kind": "node", "name": "eth0", "mac_address": "52:54:00:00:01:00"}"""), Token);
        var byMac = await http.GetAsync("/interfaces/52-54-00-00-01-00", Token);
        var onNode = await ReadAsync(await http.GetAsync("/nodes/x3000c0s1b0n0", Token));
        var deleted = await http.DeleteAsync("/interfaces/52:54:00:00:01:00", Token);

        Assert.Equal(HttpStatusCode.BadRequest, orphan.StatusCode);
        Assert.Equal(["owner_id"], await ErrorFieldsAsync(orphan));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byMac.StatusCode);
        Assert.Equal("eth0", onNode.GetProperty("network_interfaces")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task Membership_ChangedFromEitherSide_ChangesTheOtherSidesETag_SoAStaleWriteCannotUndoIt()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/groups", Body("""{"name": "compute"}"""), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/nodes", Body("""{"xname": "x3000c0s1b0n0"}"""), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/nodes", Body("""{"xname": "x3000c0s2b0n0"}"""), Token)).StatusCode);
        var groupTag = (await http.GetAsync("/groups/compute", Token)).Headers.ETag!.ToString();

        // A node joins through its own document: the group's members changed, so its ETag does too.
        var joined = await http.PutAsync("/nodes/x3000c0s1b0n0", Body("""{"xname": "x3000c0s1b0n0", "groups": ["compute"]}"""), Token);
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        var groupNow = await http.GetAsync("/groups/compute", Token);
        Assert.NotEqual(groupTag, groupNow.Headers.ETag!.ToString());
        Assert.Equal(["x3000c0s1b0n0"], (await ReadAsync(groupNow)).GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        var staleGroup = await http.SendAsync(WithIfMatch(HttpMethod.Put, "/groups/compute", groupTag, """{"name": "compute", "description": "old view"}"""), Token);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleGroup.StatusCode);

        // The other way: a group write adds the second node, whose ETag then changes; the first node's does not.
        var nodeTag = (await http.GetAsync("/nodes/x3000c0s2b0n0", Token)).Headers.ETag!.ToString();
        var firstTag = (await http.GetAsync("/nodes/x3000c0s1b0n0", Token)).Headers.ETag!.ToString();
        var added = await http.SendAsync(WithIfMatch(HttpMethod.Put, "/groups/compute", groupNow.Headers.ETag!.ToString(),
            """{"name": "compute", "members": ["x3000c0s1b0n0", "x3000c0s2b0n0"]}"""), Token);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var nodeNow = await http.GetAsync("/nodes/x3000c0s2b0n0", Token);
        Assert.NotEqual(nodeTag, nodeNow.Headers.ETag!.ToString());
        Assert.Equal(["compute"], (await ReadAsync(nodeNow)).GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(firstTag, (await http.GetAsync("/nodes/x3000c0s1b0n0", Token)).Headers.ETag!.ToString());
        var staleNode = await http.SendAsync(WithIfMatch(HttpMethod.Put, "/nodes/x3000c0s2b0n0", nodeTag, """{"xname": "x3000c0s2b0n0"}"""), Token);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleNode.StatusCode);

        // A node removed leaves its groups: their ETag changes too.
        var beforeDelete = (await http.GetAsync("/groups/compute", Token)).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync("/nodes/x3000c0s2b0n0", Token)).StatusCode);
        var afterDelete = await http.GetAsync("/groups/compute", Token);
        Assert.NotEqual(beforeDelete, afterDelete.Headers.ETag!.ToString());
        Assert.Equal(["x3000c0s1b0n0"], (await ReadAsync(afterDelete)).GetProperty("members").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Groups_UnknownMember400_DuplicateName409_ProfileInUse409()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        await http.PostAsync("/boot-profiles", Body("""{"name": "rocky9"}"""), Token);
        await http.PostAsync("/groups", Body("""{"name": "compute", "boot_profile": "rocky9"}"""), Token);

        var unknownMember = await http.PostAsync("/groups", Body("""{"name": "gpu", "members": ["x3000c0s9b0n0"]}"""), Token);
        var duplicate = await http.PostAsync("/groups", Body("""{"name": "compute"}"""), Token);
        var inUse = await http.DeleteAsync("/boot-profiles/rocky9", Token);

        Assert.Equal(HttpStatusCode.BadRequest, unknownMember.StatusCode);
        Assert.Equal(["members[0]"], await ErrorFieldsAsync(unknownMember));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(["name"], await ErrorFieldsAsync(duplicate));
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Contains("1 group(s)", (await ReadAsync(inUse)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
