using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Discovery.MockBmc.Tests.Program;

/// <summary>Each <c>--fault</c> flag of the real mock-bmc process, observed over HTTPS on loopback; the stats endpoint; per-instance certificates.</summary>
public sealed class MockBmcFaultFlagTests(FaultedFleet fleet) : IClassFixture<FaultedFleet>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hang_SelectedByAddress_AcceptsTcpAndNeverAnswers()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(FaultedFleet.Address(1), fleet.Process.Port, Token);
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET /redfish/v1 HTTP/1.1\r\nHost: x\r\n\r\n"), Token);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Token);
        wait.CancelAfter(TimeSpan.FromMilliseconds(750));

        // Neither a byte (not even a TLS alert) nor a close may arrive before the deadline.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await socket.ReceiveAsync(new byte[1], wait.Token));
        Assert.True(socket.Connected);
    }

    [Fact]
    public async Task Malformed_WithoutPath_BreaksEveryBodyButTheRoots()
    {
        using var client = fleet.Client(2);

        var root = await client.GetStringAsync("/redfish/v1", Token);
        var systems = await client.GetStringAsync("/redfish/v1/Systems", Token);
        var manager = await client.GetStringAsync("/redfish/v1/Managers/1", Token);

        using (JsonDocument.Parse(root))
        {
        }

        Assert.EndsWith(",, \"Broken\": }", systems, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(systems));
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(manager));
    }

    [Fact]
    public async Task Truncated_Path_ServesTheFirstHalfOfThatBodyOnly()
    {
        using var healthy = fleet.Client(0);
        using var client = fleet.Client(3);
        var whole = await healthy.GetByteArrayAsync("/redfish/v1/Systems/1", Token);

        using var response = await client.GetAsync("/redfish/v1/Systems/1", Token);
        var cut = await response.Content.ReadAsByteArrayAsync(Token);
        var other = await client.GetStringAsync("/redfish/v1/Managers/1", Token);

        // Rewritten identities keep their length, so instance 0's body is as long as instance 3's would be.
        Assert.Equal(whole.Length / 2, cut.Length);
        Assert.Equal(cut.Length, response.Content.Headers.ContentLength);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(cut));
        using (JsonDocument.Parse(other))
        {
        }
    }

    [Fact]
    public async Task Oversized_PadsSystemBodiesToTheSizeAndKeepsThemValid()
    {
        using var client = fleet.Client(4);

        var body = await client.GetByteArrayAsync("/redfish/v1/Systems/1", Token);

        Assert.Equal(200_000, body.Length);
        using var document = JsonDocument.Parse(body);
        Assert.Equal("1", document.RootElement.GetProperty("Id").GetString());
    }

    [Fact]
    public async Task LinkCycle_RootLinksMockCycleAndSystemsLinksItself()
    {
        using var client = fleet.Client(5);

        using var root = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1", Token));
        using var systems = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Systems", Token));
        using var b = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/MockCycle/B", Token));

        Assert.Equal("/redfish/v1/MockCycle", root.RootElement.GetProperty("MockCycle").GetProperty("@odata.id").GetString());
        Assert.StartsWith("/redfish/v1/Systems", systems.RootElement.GetProperty("Members@odata.nextLink").GetString(), StringComparison.Ordinal);
        Assert.Equal("/redfish/v1/MockCycle/A", b.RootElement.GetProperty("Links").GetProperty("Next").GetProperty("@odata.id").GetString());
    }

    [Fact]
    public async Task SessionsFull_EveryLoginIs503SessionLimitExceeded()
    {
        using var client = fleet.Client(6, password: null);

        using var response = await LoginAsync(client, "password");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("SessionLimitExceeded", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_RejectsTheFleetPasswordForBasicAndLogin()
    {
        using var basic = fleet.Client(7);
        using var anonymous = fleet.Client(7, password: null);
        using var healthy = fleet.Client(0);

        using var read = await basic.GetAsync("/redfish/v1/Systems", Token);
        using var login = await LoginAsync(anonymous, "password");
        using var control = await healthy.GetAsync("/redfish/v1/Systems", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, control.StatusCode);
    }

    [Theory]
    [InlineData(8, FaultedFleet.FilePassword)]
    [InlineData(9, FaultedFleet.EnvironmentPassword)]
    public async Task OwnPassword_FromFileOrEnvironment_ReplacesTheFleetPasswordAndIsNotInTheArguments(int index, string password)
    {
        using var fleetPassword = fleet.Client(index);
        using var own = fleet.Client(index, password);

        using var refused = await fleetPassword.GetAsync("/redfish/v1/Systems", Token);
        using var accepted = await own.GetAsync("/redfish/v1/Systems", Token);
        var arguments = await File.ReadAllTextAsync($"/proc/{fleet.Process.Id}/cmdline", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("--fault", arguments, StringComparison.Ordinal);
        Assert.DoesNotContain(password, arguments, StringComparison.Ordinal);
        Assert.DoesNotContain(password, fleet.Process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorRate_One_FailsEverythingButTheRoot()
    {
        using var client = fleet.Client(10);

        using var root = await client.GetAsync("/redfish/v1", Token);
        using var systems = await client.GetAsync("/redfish/v1/Systems", Token);

        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.True((int)systems.StatusCode is 500 or 503, $"{(int)systems.StatusCode}");
    }

    [Fact]
    public async Task FirmwareVersionAndLatency_OnOneInstance_BothApply()
    {
        using var client = fleet.Client(11);
        var clock = Stopwatch.StartNew();

        using var manager = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Managers/1", Token));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {clock.Elapsed}");
        Assert.Equal("9.9.9", manager.RootElement.GetProperty("FirmwareVersion").GetString());
    }

    [Fact]
    public async Task Jitter_DelaysSomeAnswers()
    {
        using var client = fleet.Client(12);
        await client.GetAsync("/redfish/v1", Token); // the TLS handshake is not jitter
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 6; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync("/redfish/v1", Token);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
        }

        // Six draws in [0, 400) ms all under 50 ms has a chance of (1/8)^6: about 4 in a million.
        Assert.True(slowest >= TimeSpan.FromMilliseconds(50), $"slowest answer {slowest}");
    }

    [Fact]
    public async Task Stats_AfterKnownRequests_CountsEachKind()
    {
        using var client = fleet.Client(13);
        using var anonymous = fleet.Client(13, password: null);
        (await client.GetAsync("/redfish/v1", Token)).Dispose();
        (await client.GetAsync("/redfish/v1/Systems/1", Token)).Dispose();
        (await client.GetAsync("/redfish/v1/systems/1/", Token)).Dispose();
        (await client.GetAsync("/redfish/v1/NoSuchThing", Token)).Dispose();
        (await anonymous.GetAsync("/redfish/v1/Systems", Token)).Dispose();
        using var login = await LoginAsync(anonymous, "password");
        (await client.DeleteAsync(login.Headers.Location, Token)).Dispose();
        (await client.PostAsync("/redfish/v1/Systems/1/Actions/ComputerSystem.Reset", new StringContent("""{"ResetType": "On"}""", Encoding.UTF8, "application/json"), Token)).Dispose();

        using var stats = JsonDocument.Parse(await anonymous.GetStringAsync("/_mock/stats", Token));
        using var again = JsonDocument.Parse(await anonymous.GetStringAsync("/_mock/stats", Token));

        var root = stats.RootElement;
        Assert.Equal(HttpStatusCode.Created, login.StatusCode);
        Assert.Equal(8, root.GetProperty("requests").GetInt64());
        Assert.Equal(1, root.GetProperty("logins").GetInt64());
        Assert.Equal(1, root.GetProperty("failed_logins").GetInt64());
        Assert.Equal(1, root.GetProperty("sessions_created").GetInt64());
        Assert.Equal(1, root.GetProperty("sessions_deleted").GetInt64());
        Assert.Equal(0, root.GetProperty("open_sessions").GetInt64());
        Assert.Equal(1, root.GetProperty("resets").GetInt64());
        var paths = root.GetProperty("paths");
        Assert.Equal(1, paths.GetProperty("/redfish/v1").GetInt64());
        Assert.Equal(2, paths.GetProperty("/redfish/v1/systems/1").GetInt64());
        Assert.Equal(1, paths.GetProperty("/redfish/v1/systems").GetInt64());
        Assert.Equal(4, paths.GetProperty(MockCounters.OtherPaths).GetInt64()); // NoSuchThing, the login, the session, the action (none are mockup files)
        Assert.Equal(8, again.RootElement.GetProperty("requests").GetInt64()); // reading the stats is not counted
    }

    [Fact]
    public async Task Certificates_TwoInstances_DifferInFingerprintShareTheIssuerAndNameTheirAddress()
    {
        var seen = new List<X509Certificate2>();
        using (var first = fleet.Client(0, onCertificate: seen.Add))
        using (var second = fleet.Client(10, onCertificate: seen.Add))
        {
            (await first.GetAsync("/redfish/v1", Token)).Dispose();
            (await second.GetAsync("/redfish/v1", Token)).Dispose();
        }

        try
        {
            Assert.Equal(2, seen.Count);
            Assert.NotEqual(seen[0].GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), seen[1].GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256));
            Assert.Equal(seen[0].Issuer, seen[1].Issuer);
            Assert.NotEqual(seen[0].Subject, seen[0].Issuer);
            Assert.Equal(["127.0.113.2"], SanAddresses(seen[0]));
            Assert.Equal(["127.0.113.12"], SanAddresses(seen[1]));
        }
        finally
        {
            seen.ForEach(c => c.Dispose());
        }
    }

    private static List<string> SanAddresses(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateIPAddresses().Select(a => a.ToString()).ToList();

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string password) =>
        client.PostAsync(
            "/redfish/v1/SessionService/Sessions",
            new StringContent($$"""{"UserName": "admin", "Password": "{{password}}"}""", Encoding.UTF8, "application/json"),
            Token);
}
