using System.Security.Cryptography;
using System.Text.Json;
using Discovery.Credentials;
using Discovery.Redfish.Mapping;
using Discovery.Smd.Http;
using Discovery.Smd.Sending;
using Discovery.Smd.State;
using Discovery.Smd.Tests.Support;
using Discovery.Testing;
using Discovery.Testing.Smd;

namespace Discovery.Smd.Sending.Tests;

public sealed class SmdSenderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SmdClientOptions Options(Uri smd, string? token = null, int retries = 2) => new()
    {
        BaseUri = smd,
        AccessToken = token,
        MaxRetries = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    };

    private static List<MappedInventory> Fleet(int count, Func<int, string>? firmware = null) =>
        [.. Enumerable.Range(1, count).Select(i => SampleInventories.Bmc(i, firmware?.Invoke(i) ?? "1.45"))];

    private static async Task<SmdSendResult> SendAsync(SmdClientOptions options, SmdStateStore state, SmdSendRequest request)
    {
        using var sender = new SmdSender(options, state);
        return await sender.SendAsync(request, Token);
    }

    [Fact]
    public async Task SendAsync_NewBmcs_CreatedConfirmedAndRecorded()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var temp = new TempDirectory();
        var state = await SmdStateStore.LoadAsync(temp.Path, Token);

        var result = await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(3), FallbackUser = "root" });

        Assert.Equal([SmdAction.Created, SmdAction.Created, SmdAction.Created], result.Results.Select(r => r.Action));
        Assert.Equal(["x3000c0s1b0", "x3000c0s2b0", "x3000c0s3b0"], smd.Endpoints.Keys.Order());
        Assert.Equal("POST 201, GET 200, 2 EthernetInterface(s)", result.Results[0].Detail);
        Assert.Equal("x3000c0s1b0n1", smd.EthernetInterfaces["021000010101"].ComponentId);
        Assert.Equal("root", smd.Endpoints["x3000c0s1b0"].Stored["User"]!.GetValue<string>());
        var reloaded = await SmdStateStore.LoadAsync(temp.Path, Token);
        Assert.NotNull(reloaded.Get(Options(smd.BaseUri).StateKey, "x3000c0s2b0"));
    }

    [Fact]
    public async Task SendAsync_NothingChanged_UnchangedAndNoWrites()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        var state = SmdStateStore.InMemory();
        await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(3) });
        smd.ClearRequests();

        var result = await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(3) });

        Assert.All(result.Results, r => Assert.Equal(SmdAction.Unchanged, r.Action));
        Assert.Equal(0, smd.Writes);
        Assert.All(smd.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task SendAsync_OneFirmwareChanged_OnlyThatOnePut()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        var state = SmdStateStore.InMemory();
        await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(3) });
        smd.ClearRequests();

        var result = await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(3, i => i == 2 ? "2.00" : "1.45") });

        Assert.Equal([SmdAction.Unchanged, SmdAction.Updated, SmdAction.Unchanged], result.Results.Select(r => r.Action));
        Assert.Equal("POST 409, PUT 200, GET 200, 2 EthernetInterface(s)", result.Results[1].Detail);
        Assert.All(smd.Requests.Where(r => r.IsWrite), r => Assert.Contains(r.Path.Contains("EthernetInterfaces", StringComparison.Ordinal) ? "x3000c0s2b0n" : "x3000c0s2b0", r.Body, StringComparison.Ordinal));
        Assert.Equal("2.00", smd.Endpoints["x3000c0s2b0"].Body["Managers"]![0]!["firmware_version"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_SmdLostTheEndpoint_RegistersItAgain()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        var state = SmdStateStore.InMemory();
        await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(1) });
        using (var client = new HttpClient { BaseAddress = smd.BaseUri })
        {
            (await client.DeleteAsync("hsm/v2/Inventory/RedfishEndpoints/x3000c0s1b0", Token)).EnsureSuccessStatusCode();
        }

        var result = await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(1) });

        // SMD keeps EthernetInterfaces when an endpoint is deleted, so the new POST meets the BMC's MAC (409) and a PUT follows.
        Assert.Equal(SmdAction.Updated, result.Results[0].Action);
        Assert.StartsWith("GET 404, POST 409, PUT 200, GET 200", result.Results[0].Detail, StringComparison.Ordinal);
        Assert.True(smd.Endpoints.ContainsKey("x3000c0s1b0"));
    }

    [Fact]
    public async Task SendAsync_SmdRefusesOneBmc_OthersStillRegisteredAndDetailIsSmds()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        var fleet = Fleet(3);
        fleet[0] = fleet[0] with { Bmc = fleet[0].Bmc with { Xname = "x3000c0s1b0n0" } };
        fleet[1] = fleet[1] with { Bmc = fleet[1].Bmc with { Xname = null } };

        var result = await SendAsync(Options(smd.BaseUri), SmdStateStore.InMemory(), new SmdSendRequest { Inventories = fleet });

        Assert.Equal([SmdAction.Failed, SmdAction.Failed, SmdAction.Created], result.Results.Select(r => r.Action));
        Assert.Equal("POST 400 couldn't validate endpoint data: xname ID x3000c0s1b0n0 has wrong type for RF endpoint: Node", result.Results[0].Detail);
        Assert.Contains("no xname", result.Results[1].Detail, StringComparison.Ordinal);
        Assert.False(result.AllOk);
    }

    [Fact]
    public async Task SendAsync_SmdRefusesConnections_EveryBmcFailsAfterOneRoundOfRetries()
    {
        var state = SmdStateStore.InMemory();

        var result = await SendAsync(Options(SmdDouble.RefusingUri(), retries: 2), state, new SmdSendRequest { Inventories = Fleet(20) });

        Assert.All(result.Results, r => Assert.Equal(SmdAction.Failed, r.Action));
        Assert.All(result.Results, r => Assert.Contains("is not available", r.Detail, StringComparison.Ordinal));
        Assert.Contains("(after 3 attempts)", result.Results[0].Detail, StringComparison.Ordinal);
        // Only the readiness check knocked; the BMCs were not each retried.
        Assert.All(result.Results, r => Assert.Equal(0, r.Requests));
    }

    [Fact]
    public async Task SendAsync_SmdAnswers503ThenRecovers_RetriedAndRegistered()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        smd.FailNext(2);

        var result = await SendAsync(Options(smd.BaseUri), SmdStateStore.InMemory(), new SmdSendRequest { Inventories = Fleet(2) });

        Assert.All(result.Results, r => Assert.Equal(SmdAction.Created, r.Action));
        Assert.Equal([503, 503, 200], smd.Requests.Take(3).Select(r => r.Status));
    }

    [Fact]
    public async Task SendAsync_SmdUnavailable_EveryBmcFailsWithoutAWrite()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        smd.Unavailable = true;
        var state = SmdStateStore.InMemory();

        var result = await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(5) });

        Assert.All(result.Results, r => Assert.Equal(SmdAction.Failed, r.Action));
        Assert.Contains("503 failed to query database", result.Results[0].Detail, StringComparison.Ordinal);
        Assert.Equal(0, smd.Writes);
        Assert.Null(state.Get(Options(smd.BaseUri).StateKey, "x3000c0s1b0"));
    }

    [Fact]
    public async Task SendAsync_JwtRequired_TokenSentAsBearerAndNeverReported()
    {
        using var key = RSA.Create(2048);
        await using var smd = await SmdDouble.StartAsync(new SmdDoubleOptions { JwtKey = key }, Token);
        var token = TestJwt.Create(key, DateTimeOffset.UtcNow.AddMinutes(10));

        var withToken = await SendAsync(Options(smd.BaseUri, token), SmdStateStore.InMemory(), new SmdSendRequest { Inventories = Fleet(1) });
        var without = await SendAsync(Options(smd.BaseUri), SmdStateStore.InMemory(), new SmdSendRequest { Inventories = Fleet(1, _ => "2") });

        Assert.Equal(SmdAction.Created, withToken.Results[0].Action);
        Assert.All(smd.Requests.Where(r => r.Path != "/hsm/v2/service/ready" && r.Status != 401), r => Assert.Equal($"Bearer {token}", r.Authorization));
        Assert.Equal((SmdAction.Failed, "POST 401 Unauthorized"), (without.Results[0].Action, without.Results[0].Detail));
        Assert.DoesNotContain(token, JsonSerializer.Serialize(withToken.Results.Select(r => r.Detail)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_DryRun_ContactsNothingAndMasksThePassword()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        var credentials = new CredentialProvider(new Dictionary<string, BmcCredential>(), new BmcCredential("admin", "Bmc-Secret-9"));

        var result = await SendAsync(Options(smd.BaseUri), SmdStateStore.InMemory(),
            new SmdSendRequest { Inventories = Fleet(2), Credentials = credentials, SendPassword = true, DryRun = true });

        Assert.Empty(smd.Requests);
        Assert.All(result.Results, r => Assert.Equal(SmdAction.WouldSend, r.Action));
        Assert.Equal(6, result.Planned.Count);
        var endpoint = result.Planned[0];
        Assert.Equal(("POST", new Uri(smd.BaseUri, "hsm/v2/Inventory/RedfishEndpoints").ToString()), (endpoint.Method, endpoint.Url));
        Assert.Equal("PUT " + new Uri(smd.BaseUri, "hsm/v2/Inventory/RedfishEndpoints/x3000c0s1b0"), endpoint.OnConflict);
        Assert.Equal(("***", "admin"), (endpoint.Body.GetProperty("Password").GetString(), endpoint.Body.GetProperty("User").GetString()));
        Assert.DoesNotContain("Bmc-Secret-9", JsonSerializer.Serialize(result.Planned.Select(p => p.Body)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SendPassword_SmdGetsItTheStateFileNever()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var temp = new TempDirectory();
        var credentials = new CredentialProvider(new Dictionary<string, BmcCredential>(), new BmcCredential("admin", "Bmc-Secret-9"));

        await SendAsync(Options(smd.BaseUri), await SmdStateStore.LoadAsync(temp.Path, Token),
            new SmdSendRequest { Inventories = Fleet(1), Credentials = credentials, SendPassword = true });

        Assert.Equal("Bmc-Secret-9", smd.Endpoints["x3000c0s1b0"].Stored["Password"]!.GetValue<string>());
        var saved = await File.ReadAllTextAsync(Path.Combine(temp.Path, SmdStateStore.FileName), Token);
        Assert.DoesNotContain("Bmc-Secret-9", saved, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexStringLower(SHA256.HashData("Bmc-Secret-9"u8)), saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Force_SendsEvenUnchanged()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        var state = SmdStateStore.InMemory();
        await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(1) });

        var result = await SendAsync(Options(smd.BaseUri), state, new SmdSendRequest { Inventories = Fleet(1), Force = true });

        Assert.Equal(SmdAction.Updated, result.Results[0].Action);
    }

    [Theory]
    [InlineData("""{"ID":"x3000c0s1b0","FQDN":"10.0.0.1","MACAddr":"02:00:00:00:00:01","User":"admin"}""", null)]
    [InlineData("""{"ID":"x3000c0s1b0","FQDN":"10.0.0.1","MACAddr":"02-00-00-00-00-01","User":"admin"}""", null)]
    [InlineData("""{"ID":"x3000c0s1b0","FQDN":"10.0.0.9","MACAddr":"02:00:00:00:00:01","User":"admin"}""", "FQDN is '10.0.0.9', not '10.0.0.1'")]
    [InlineData("""{"ID":"x3000c0s1b0","FQDN":"10.0.0.1","User":"admin"}""", "MACAddr is '', not '02:00:00:00:00:01'")]
    [InlineData("""{"ID":"x3000c0s1b0","FQDN":"10.0.0.1","MACAddr":"02:00:00:00:00:01","User":"admin","RediscoverOnUpdate":true}""", "RediscoverOnUpdate is true")]
    [InlineData("null", "its body is not a RedfishEndpoint")]
    public void Mismatch_StoredEndpoint_TellsWhatDiffers(string stored, string? expected)
    {
        var sent = Discovery.Smd.Payloads.SmdBodyBuilder.Build(SampleInventories.Bmc(1), "admin", null)!.Endpoint;

        Assert.Equal(expected, SmdSender.Mismatch(new SmdResponse { Status = 200, Body = stored }, sent));
    }
}
