using System.Net;
using System.Text;
using System.Text.Json;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests.Http;

/// <summary>Session behaviour of MockRequestHandler (its Sessions partial) and SessionStore.</summary>
public sealed class SessionTests
{
    private const string Sessions = "/redfish/v1/SessionService/Sessions";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_ValidCredentials_Returns201TokenAndLocationThatWork()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance, basicAuth: false);

        using var login = await client.PostAsync(Sessions, Credentials("admin", "password"), Token);

        Assert.Equal(HttpStatusCode.Created, login.StatusCode);
        var token = Assert.Single(login.Headers.GetValues("X-Auth-Token"));
        var location = login.Headers.Location!.ToString();
        Assert.StartsWith(Sessions + "/", location, StringComparison.Ordinal);
        using var session = JsonDocument.Parse(await login.Content.ReadAsStringAsync(Token));
        Assert.Equal(location, session.RootElement.GetProperty("@odata.id").GetString());
        Assert.Equal("admin", session.RootElement.GetProperty("UserName").GetString());

        client.DefaultRequestHeaders.Add("X-Auth-Token", token);
        using var systems = await client.GetAsync("/redfish/v1/Systems", Token);
        using var list = JsonDocument.Parse(await client.GetStringAsync(Sessions, Token));

        Assert.Equal(HttpStatusCode.OK, systems.StatusCode);
        Assert.Equal(location, list.RootElement.GetProperty("Members")[0].GetProperty("@odata.id").GetString());
        Assert.Equal(1, list.RootElement.GetProperty("Members@odata.count").GetInt32());
        Assert.Equal(1, instance.Counters.OpenSessions);
        Assert.Equal(1, instance.Counters.Logins);
        Assert.Equal(1, instance.Counters.SessionsCreated);
    }

    [Fact]
    public async Task Logout_DeleteLocation_ClosesSessionAndTokenStopsWorking()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance, basicAuth: false);
        using var login = await client.PostAsync(Sessions, Credentials("admin", "password"), Token);
        client.DefaultRequestHeaders.Add("X-Auth-Token", Assert.Single(login.Headers.GetValues("X-Auth-Token")));

        using var logout = await client.DeleteAsync(login.Headers.Location, Token);
        using var after = await client.GetAsync("/redfish/v1/Systems", Token);

        Assert.True(logout.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(0, instance.Counters.OpenSessions);
        Assert.Equal(1, instance.Counters.SessionsDeleted);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401AndOpensNothing()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance, basicAuth: false);

        using var login = await client.PostAsync(Sessions, Credentials("admin", "nope"), Token);

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.False(login.Headers.Contains("X-Auth-Token"));
        Assert.Equal(0, instance.Counters.OpenSessions);
        Assert.Equal(1, instance.Counters.FailedLogins);
    }

    [Fact]
    public async Task Login_PastSessionLimit_Returns503SessionLimitExceeded()
    {
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], SessionLimit = 2 }, Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance, basicAuth: false);
        var statuses = new List<HttpStatusCode>();
        string? refusal = null;

        for (var i = 0; i < 3; i++)
        {
            using var login = await client.PostAsync(Sessions, Credentials("admin", "password"), Token);
            statuses.Add(login.StatusCode);
            refusal = await login.Content.ReadAsStringAsync(Token);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable], statuses);
        using var body = JsonDocument.Parse(refusal!);
        Assert.Equal("Base.1.8.SessionLimitExceeded", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(2, instance.Counters.OpenSessions);
        Assert.Equal(3, instance.Counters.Logins);
    }

    [Fact]
    public async Task Get_UnknownToken_Returns401()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0], basicAuth: false);
        client.DefaultRequestHeaders.Add("X-Auth-Token", "0123456789abcdef");

        using var response = await client.GetAsync("/redfish/v1/Systems", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static StringContent Credentials(string user, string password) =>
        new(JsonSerializer.Serialize(new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password }), Encoding.UTF8, "application/json");
}
