using System.Net;
using Discovery.Records;
using Discovery.Store;
using Discovery.Testing;
using Discovery.Testing.Specs;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests;

/// <summary>
/// Issue 15: BOS v2 <c>/v2/sessiontemplates</c> over HTTP. PUT creates, then replaces, a versioned template with
/// history; GET of one and of the list answer the spec's <c>V2SessionTemplate</c>; DELETE removes it; writes need a
/// token; a boot set naming no known profile is refused with its field named.
/// </summary>
public sealed class BosTemplateEndpointsTests
{
    private const string Bos = "bos/openapi.yaml.in";
    private const string Path = "/v2/sessiontemplates/compute-reboot";
    private const string Template =
        """{"description": "rocky9 on compute", "boot_sets": {"compute": {"type": "boot_profile", "path": "rocky9", "kernel_parameters": "console=ttyS0", "node_groups": ["compute"]}}}""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionTemplates_PutReplaceGetDelete_FollowTheSpecAndKeepHistory()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/boot-profiles", Body("""{"name": "rocky9", "kernel_url": "http://127.0.0.1/vmlinuz"}"""), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/groups", Body("""{"name": "compute"}"""), Token)).StatusCode);

        using var anonymous = await server.Anonymous.PutAsync(Path, Body(Template), Token);
        using var created = await http.PutAsync(Path, Body(Template), Token);
        using var replaced = await http.PutAsync(Path, Body(Template.Replace("console=ttyS0", "quiet", StringComparison.Ordinal)), Token);
        using var unknown = await http.PutAsync("/v2/sessiontemplates/other", Body(Template.Replace("rocky9", "nosuch", StringComparison.Ordinal)), Token);
        var one = await ReadAsync(await server.Anonymous.GetAsync(Path, Token));
        var list = await ReadAsync(await server.Anonymous.GetAsync("/v2/sessiontemplates", Token));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, replaced.StatusCode));
        Assert.Equal("console=ttyS0", (await ReadAsync(created)).GetProperty("boot_sets").GetProperty("compute").GetProperty("kernel_parameters").GetString());
        Assert.Empty(SpecSchema.Load(Bos, "V2SessionTemplate").Validate(one));
        var set = one.GetProperty("boot_sets").GetProperty("compute");
        Assert.Equal(("compute-reboot", "rocky9 on compute", "boot_profile", "rocky9", "quiet"),
            (one.GetProperty("name").GetString(), one.GetProperty("description").GetString(), set.GetProperty("type").GetString(),
             set.GetProperty("path").GetString(), set.GetProperty("kernel_parameters").GetString()));
        Assert.Equal(["compute"], set.GetProperty("node_groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["compute-reboot"], list.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'nosuch'", await unknown.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Contains("boot_sets.compute.path", await ErrorFieldsAsync(unknown));
        var history = await server.Store.ReadHistoryAsync(new HistoryQuery { Record = "compute-reboot", Kind = RecordKind.SessionTemplate }, Token);
        Assert.Equal([ChangeKind.Added, ChangeKind.Changed], history.Select(e => e.Event));

        using var deleted = await http.DeleteAsync(Path, Token);
        using var gone = await server.Anonymous.GetAsync(Path, Token);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (deleted.StatusCode, gone.StatusCode));
        Assert.Equal(0, (await ReadAsync(await server.Anonymous.GetAsync("/v2/sessiontemplates", Token))).GetArrayLength());
    }
}
