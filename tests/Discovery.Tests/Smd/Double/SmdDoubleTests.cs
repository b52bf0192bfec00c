using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Discovery.Testing.Smd;

namespace Discovery.Smd.Double.Tests;

/// <summary>The SMD double answers as reference/smd/BEHAVIOR.md (and the SMD code it was read from) says SMD does.</summary>
public sealed class SmdDoubleTests
{
    private const string Endpoints = "hsm/v2/Inventory/RedfishEndpoints";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> SendAsync(
        HttpClient client, HttpMethod method, string path, string? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request, Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Token), response);
    }

    private static string Detail(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task Post_NewEndpoint_201WithUriArrayAndLocation()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };

        var (status, body, response) = await SendAsync(client, HttpMethod.Post, Endpoints, """{"ID":"x1000c0s0b0","FQDN":"172.16.0.101","RediscoverOnUpdate":false}""");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("""[{"URI":"/hsm/v2/Inventory/RedfishEndpoints/x1000c0s0b0"}]""", body);
        Assert.Equal("/hsm/v2/Inventory/RedfishEndpoints/x1000c0s0b0", response.Headers.Location?.OriginalString);
        var (_, stored, _) = await SendAsync(client, HttpMethod.Get, $"{Endpoints}/x1000c0s0b0");
        using var endpoint = JsonDocument.Parse(stored);
        Assert.Equal(("NodeBMC", "172.16.0.101", "172.16.0.101", true), (
            endpoint.RootElement.GetProperty("Type").GetString(),
            endpoint.RootElement.GetProperty("FQDN").GetString(),
            endpoint.RootElement.GetProperty("IPAddress").GetString(),
            endpoint.RootElement.GetProperty("Enabled").GetBoolean()));
    }

    [Theory]
    [InlineData("""{"ID":"x99999c0s0b0","FQDN":"10.0.0.1"}""", "x99999c0s0b0 is not a valid locational xname ID")]
    [InlineData("""{"ID":"x1000c0s0b0n0","FQDN":"10.0.0.1"}""", "has wrong type for RF endpoint: Node")]
    [InlineData("""{"ID":"x1000c0s0b0","Hostname":"bmc1","Domain":"a.local","FQDN":"bmc2.a.local"}""", "host/domain conflicts with FQDN")]
    [InlineData("""{"ID":"x1000c0s0b0","FQDN":"10.0.0.1","IPAddress":"10.0.0.300"}""", "IPAddress is not a valid IP address")]
    public async Task Post_InvalidEndpoint_400WithDetail(string body, string detail)
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };

        var (status, text, _) = await SendAsync(client, HttpMethod.Post, Endpoints, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(detail, Detail(text), StringComparison.Ordinal);
        Assert.Empty(smd.Endpoints);
    }

    [Theory]
    [InlineData("""{"ID":"x1000c0s0b0","FQDN":"10.0.0.9"}""")]
    [InlineData("""{"ID":"x1000c0s1b0","FQDN":"10.0.0.1"}""")]
    public async Task Post_SameIdOrSameFqdn_409(string second)
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };
        await SendAsync(client, HttpMethod.Post, Endpoints, """{"ID":"x1000c0s0b0","FQDN":"10.0.0.1"}""");

        var (status, text, _) = await SendAsync(client, HttpMethod.Post, Endpoints, second);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("operation would conflict with an existing resource that has the same FQDN or xname ID.", Detail(text));
    }

    [Fact]
    public async Task Post_BulkWithOneBadEndpoint_NothingStored()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };

        var (status, text, _) = await SendAsync(client, HttpMethod.Post, Endpoints,
            """{"RedfishEndpoints":[{"ID":"x1000c0s0b0","FQDN":"10.0.0.1"},{"ID":"bogus","FQDN":"10.0.0.2"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("couldn't validate endpoint data at idx 1:", Detail(text), StringComparison.Ordinal);
        Assert.Empty(smd.Endpoints);
    }

    [Fact]
    public async Task Put_UpsertAndIdMismatch_AsSmd()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };

        var created = await SendAsync(client, HttpMethod.Put, $"{Endpoints}/x1000c0s0b0", """{"ID":"x1000c0s0b0","FQDN":"10.0.0.1","User":"root"}""");
        var replaced = await SendAsync(client, HttpMethod.Put, $"{Endpoints}/x1000c0s0b0", """{"id":"X1000C0S0B0","fqdn":"10.0.0.1","user":"admin"}""");
        var mismatch = await SendAsync(client, HttpMethod.Put, $"{Endpoints}/x1000c0s0b0", """{"ID":"x1000c0s1b0","FQDN":"10.0.0.1"}""");

        Assert.Equal((HttpStatusCode.OK, "null"), (created.Status, created.Body));
        Assert.Equal(HttpStatusCode.OK, replaced.Status);
        Assert.Equal("admin", JsonDocument.Parse(replaced.Body).RootElement.GetProperty("User").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.Status);
        Assert.Equal("xname in URL and PUT body do not match", Detail(mismatch.Body));
    }

    [Theory]
    [InlineData("""{"ID":"x1000c0s0b0","FQDN":"10.0.0.1",""", false)]
    [InlineData("""{"ID":17,"FQDN":"10.0.0.1"}""", false)]
    [InlineData("""{"ID":"x1000c0s0b0","FQDN":"10.0.0.1","SchemaVersion":"1","Systems":[],"Managers":[]}""", true)]
    public async Task Post_MalformedJsonOrStringSchemaVersion_500(string body, bool storedAnyway)
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };

        var (status, _, _) = await SendAsync(client, HttpMethod.Post, Endpoints, body);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        // SMD reads SchemaVersion after it stored the endpoint, and panics on a string.
        Assert.Equal(storedAnyway, smd.Endpoints.ContainsKey("x1000c0s0b0"));
    }

    [Fact]
    public async Task Post_FullInventory_ComponentsAndInterfacesAsSmdMakesThem()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };
        const string Body = """
            {"ID":"x1000c0s0b0","FQDN":"10.0.0.1","SchemaVersion":1,
             "Managers":[{"uri":"/redfish/v1/Managers/1","ethernet_interfaces":[{"mac":"AA:BB:CC:00:00:01","ip":"10.0.0.1"}]}],
             "Systems":[{"uuid":"","ethernet_interfaces":[{"mac":"aa:bb:cc:00:10:01","ip":"10.1.0.1"}]},
                        {"uuid":"","ethernet_interfaces":[{"mac":"aa:bb:cc:00:10:02","ip":"10.1.0.2"}]},
                        {"uuid":"u-2","ethernet_interfaces":[{"mac":"aa:bb:cc:00:10:03","ip":"10.1.0.3"}]}]}
            """;

        var (status, _, _) = await SendAsync(client, HttpMethod.Post, Endpoints, Body);

        Assert.Equal(HttpStatusCode.Created, status);
        // Two systems with an empty uuid collapse into n0; the one with a uuid becomes n1 (NID 2).
        Assert.Equal(["x1000c0s0b0", "x1000c0s0b0n0", "x1000c0s0b0n1"], smd.Components.Keys.Order());
        Assert.Equal(2, smd.Components["x1000c0s0b0n1"].Nid);
        Assert.Equal(["aabbcc000001", "aabbcc001001", "aabbcc001003"], smd.EthernetInterfaces.Keys.Order());
        Assert.Equal("x1000c0s0b0n1", smd.EthernetInterfaces["aabbcc001003"].ComponentId);
    }

    [Fact]
    public async Task Post_BodyNicWithoutAddress_400ButEndpointStored()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };

        var (status, text, _) = await SendAsync(client, HttpMethod.Post, Endpoints,
            """{"ID":"x1000c0s0b0","FQDN":"10.0.0.1","SchemaVersion":1,"Systems":[{"uuid":"u","ethernet_interfaces":[{"mac":"aa:bb:cc:00:10:01","ip":""}]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid CompEthInterface IP Address", Detail(text));
        Assert.True(smd.Endpoints.ContainsKey("x1000c0s0b0"));
        Assert.Empty(smd.EthernetInterfaces);
    }

    [Fact]
    public async Task Post_BodyNicWhoseMacExists_409ButPutReplacesIt()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };
        await SendAsync(client, HttpMethod.Post, "hsm/v2/Inventory/EthernetInterfaces", """{"MACAddress":"aa:bb:cc:00:10:01","ComponentID":"x9c0s0b0n0"}""");
        const string Body = """{"ID":"x1000c0s0b0","FQDN":"10.0.0.1","SchemaVersion":1,"Systems":[{"uuid":"u","ethernet_interfaces":[{"mac":"aa:bb:cc:00:10:01","ip":"10.1.0.1"}]}]}""";

        var post = await SendAsync(client, HttpMethod.Post, Endpoints, Body);
        var put = await SendAsync(client, HttpMethod.Put, $"{Endpoints}/x1000c0s0b0", Body);

        Assert.Equal(HttpStatusCode.Conflict, post.Status);
        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal("x1000c0s0b0n0", smd.EthernetInterfaces["aabbcc001001"].ComponentId);
    }

    [Fact]
    public async Task EthernetInterfaces_PostPatchGet_AsSmd()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };
        const string Path = "hsm/v2/Inventory/EthernetInterfaces";

        var created = await SendAsync(client, HttpMethod.Post, Path, """{"MACAddress":"AA:BB:CC:00:10:01","Description":"eth0","ComponentID":"x1000c0s0b0n0","IPAddresses":[]}""");
        var again = await SendAsync(client, HttpMethod.Post, Path, """{"MACAddress":"aa:bb:cc:00:10:01"}""");
        var badMac = await SendAsync(client, HttpMethod.Post, Path, """{"MACAddress":"not-a-mac"}""");
        var empty = await SendAsync(client, HttpMethod.Patch, $"{Path}/aabbcc001001", "{}");
        var patched = await SendAsync(client, HttpMethod.Patch, $"{Path}/aabbcc001001", """{"ComponentID":"x1000c0s0b0n1","IPAddresses":[{"IPAddress":"10.1.0.9"}]}""");
        var missing = await SendAsync(client, HttpMethod.Get, $"{Path}/aabbcc009999");

        Assert.Equal((HttpStatusCode.Created, """{"URI":"/hsm/v2/Inventory/EthernetInterfaces/aabbcc001001"}"""), (created.Status, created.Body));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badMac.Status);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        var nic = smd.EthernetInterfaces["aabbcc001001"];
        Assert.Equal(("x1000c0s0b0n1", "eth0"), (nic.ComponentId, nic.Description));
        Assert.Equal(["10.1.0.9"], nic.IpAddresses);
    }

    [Fact]
    public async Task Jwt_Configured_EveryRouteButThePublicOnesNeedsAValidToken()
    {
        using var key = RSA.Create(2048);
        using var other = RSA.Create(2048);
        await using var smd = await SmdDouble.StartAsync(new SmdDoubleOptions { JwtKey = key }, Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };
        var soon = DateTimeOffset.UtcNow.AddMinutes(5);

        var none = await SendAsync(client, HttpMethod.Get, Endpoints);
        var valid = await SendAsync(client, HttpMethod.Get, Endpoints, token: TestJwt.Create(key, soon));
        var expired = await SendAsync(client, HttpMethod.Get, Endpoints, token: TestJwt.Create(key, DateTimeOffset.UtcNow.AddMinutes(-1)));
        var wrongKey = await SendAsync(client, HttpMethod.Get, Endpoints, token: TestJwt.Create(other, soon));
        var noAudience = await SendAsync(client, HttpMethod.Get, Endpoints, token: TestJwt.Create(key, soon, audience: null));
        var ready = await SendAsync(client, HttpMethod.Get, "hsm/v2/service/ready");
        var components = await SendAsync(client, HttpMethod.Get, "hsm/v2/State/Components");
        var interfaces = await SendAsync(client, HttpMethod.Get, "hsm/v2/Inventory/EthernetInterfaces");
        var postInterface = await SendAsync(client, HttpMethod.Post, "hsm/v2/Inventory/EthernetInterfaces", """{"MACAddress":"aa:bb:cc:00:10:01"}""");

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
             HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized],
            new[] { none, valid, expired, wrongKey, noAudience, ready, components, interfaces, postInterface }.Select(r => r.Status));
    }

    [Fact]
    public async Task Unavailable_ReadyAndEverythingElse503_UntilItRecovers()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = new HttpClient { BaseAddress = smd.BaseUri };

        smd.Unavailable = true;
        var down = await SendAsync(client, HttpMethod.Get, "hsm/v2/service/ready");
        smd.Unavailable = false;
        smd.FailNext(1);
        var once = await SendAsync(client, HttpMethod.Get, Endpoints);
        var after = await SendAsync(client, HttpMethod.Get, "hsm/v2/service/ready");

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], new[] { down.Status, once.Status, after.Status });
        Assert.Equal("""{"code":0,"message":"HSM is healthy"}""", after.Body);
    }
}
