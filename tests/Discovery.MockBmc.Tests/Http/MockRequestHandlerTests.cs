using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests.Http;

public sealed class MockRequestHandlerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/redfish")]
    [InlineData("/redfish/")]
    [InlineData("/redfish/v1")]
    [InlineData("/redfish/v1/")]
    public async Task Get_OpenPathWithoutCredentials_Returns200(string path)
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0], basicAuth: false);

        using var response = await client.GetAsync(path, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("4.0", Assert.Single(response.Headers.GetValues("OData-Version")));
    }

    [Theory]
    [InlineData("/redfish/v1/Systems")]
    [InlineData("/redfish/v1/Systems/1")]
    [InlineData("/redfish/v1/SessionService/Sessions")]
    public async Task Get_ProtectedPathWithoutCredentials_Returns401WithRedfishError(string path)
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0], basicAuth: false);

        using var response = await client.GetAsync(path, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("4.0", Assert.Single(response.Headers.GetValues("OData-Version")));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.Equal("Base.1.8.NoValidSession", body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Get_WrongBasicPassword_Returns401AndCountsFailure()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0], password: "wrong");

        using var response = await client.GetAsync("/redfish/v1/Systems", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, fleet.Instances[0].Counters.FailedLogins);
        Assert.Equal(1, fleet.Instances[0].Counters.Requests);
    }

    [Fact]
    public async Task Get_BasicCredentials_ServesMockupResource()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var body = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Systems/1", Token));

        Assert.Equal("/redfish/v1/Systems/1", body.RootElement.GetProperty("@odata.id").GetString());
        Assert.Equal("FW-1000", body.RootElement.GetProperty("Model").GetString());
    }

    [Theory]
    [InlineData("/redfish/v1/systems/1")]
    [InlineData("/REDFISH/V1/SYSTEMS/1/")]
    [InlineData("/redfish/v1/Systems/1?$select=Model")]
    [InlineData("/redfish/v1/Systems/1/")]
    public async Task Get_PathInAnyCaseOrWithTrailingSlash_ServesSameResource(string path)
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var body = JsonDocument.Parse(await client.GetStringAsync(path, Token));

        Assert.Equal("/redfish/v1/Systems/1", body.RootElement.GetProperty("@odata.id").GetString());
    }

    [Fact]
    public async Task Get_PercentEncodedSegment_MatchesRawFolderName()
    {
        using var temp = new TempDirectory();
        WriteShortFormMockup(temp.Path);
        Directory.CreateDirectory(Path.Combine(temp.Path, "Chassis", "Rack%231"));
        File.WriteAllText(Path.Combine(temp.Path, "Chassis", "Rack%231", "index.json"), "{\"@odata.id\": \"/redfish/v1/Chassis/Rack%231\", \"Id\": \"Rack#1\"}");
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [temp.Path] }, Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var raw = await client.GetAsync(new Uri(fleet.Instances[0].BaseUri, "/redfish/v1/Chassis/Rack%231"), Token);
        using var doubled = await client.GetAsync(new Uri(fleet.Instances[0].BaseUri, "/redfish/v1/Chassis/Rack%25231"), Token);

        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, doubled.StatusCode);
    }

    [Fact]
    public async Task Get_ShortFormMockup_ServesRootAndSynthesizedVersionDocument()
    {
        using var temp = new TempDirectory();
        WriteShortFormMockup(temp.Path);
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [temp.Path] }, Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var version = JsonDocument.Parse(await client.GetStringAsync("/redfish", Token));
        using var system = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Systems/A", Token));

        Assert.Equal("/redfish/v1/", version.RootElement.GetProperty("v1").GetString());
        Assert.Equal("A", system.RootElement.GetProperty("Id").GetString());
    }

    [Fact]
    public async Task Get_UnknownPath_Returns404ResourceMissingAtUri()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var response = await client.GetAsync("/redfish/v1/Systems/2", Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("Base.1.0.ResourceMissingAtURI", error.GetProperty("code").GetString());
        Assert.Equal("Base.1.0.ResourceMissingAtURI", error.GetProperty("@Message.ExtendedInfo")[0].GetProperty("MessageId").GetString());
    }

    [Fact]
    public async Task Patch_StaticResource_Returns405()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var response = await client.PatchAsync("/redfish/v1/Systems/1", JsonContent.Create(new { AssetTag = "x" }), Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_ActionOfExistingResource_Returns204_UnknownResourceAction404()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var reset = await client.PostAsync("/redfish/v1/Systems/1/Actions/ComputerSystem.Reset", new StringContent("{\"ResetType\": \"On\"}", System.Text.Encoding.UTF8, "application/json"), Token);
        using var unknown = await client.PostAsync("/redfish/v1/Systems/9/Actions/ComputerSystem.Reset", JsonContent.Create(new { ResetType = "On" }), Token);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    internal static void WriteShortFormMockup(string root)
    {
        File.WriteAllText(Path.Combine(root, "index.json"), "{\"@odata.id\": \"/redfish/v1/\", \"UUID\": \"12345678-1234-4234-8234-123456789abc\", \"Systems\": {\"@odata.id\": \"/redfish/v1/Systems\"}}");
        Directory.CreateDirectory(Path.Combine(root, "Systems", "A"));
        File.WriteAllText(Path.Combine(root, "Systems", "index.json"), "{\"@odata.id\": \"/redfish/v1/Systems\", \"Members\": [{\"@odata.id\": \"/redfish/v1/Systems/A\"}]}");
        File.WriteAllText(Path.Combine(root, "Systems", "A", "index.json"), "{\"@odata.id\": \"/redfish/v1/Systems/A\", \"Id\": \"A\", \"SerialNumber\": \"SER123456\"}");
    }
}
