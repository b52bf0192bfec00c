using System.Text.Json;
using Discovery.Cli;
using Discovery.Records.Xnames;
using Discovery.MockBmc;
using Discovery.CrawlLog.Analysis;
using Discovery.Testing;
using Discovery.Testing.Mockups;
using Discovery.Testing.Smd;

namespace Discovery.IntegrationTests.Smd;

/// <summary>The acceptance of SMD registration: <c>collect --smd</c> and <c>send</c> in process against mock-bmc fleets and the SMD double.</summary>
public sealed class CollectSmdTests
{
    private const string Password = "Smd-Fleet-Pass-7";

    // Nodes per project fixture, as the fixtures' Systems collections list them.
    private static readonly Dictionary<string, int> SystemsPerFixture = new(StringComparer.Ordinal)
    {
        ["minimal"] = 1, ["nics-under-managers"] = 1, ["multi-system"] = 4, ["no-systems"] = 0,
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CollectSmd_FiftyBmcs_RegistersThenUnchangedThenUpdatesTheOneWhoseFirmwareChanged()
    {
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync(50);
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);

        var first = await CollectAsync(temp, fleet, "--smd", smd.BaseUri.ToString());

        Assert.True(first.Exit == ExitCodes.Ok, first.Error);
        Assert.Contains("smd: 50 BMCs: 50 created, 0 updated, 0 unchanged, 0 failed", first.Error, StringComparison.Ordinal);
        Assert.Equal(50, smd.Endpoints.Count);
        foreach (var instance in fleet.Instances)
        {
            var xname = Xname.NodeBmc(1000, 0, instance.Address.GetAddressBytes()[3], 0).ToString();
            var endpoint = smd.Endpoints[xname];
            Assert.Equal($"{instance.Address}:{instance.Port}", endpoint.Fqdn);
            Assert.Equal(instance.ManagerMac, endpoint.MacAddr);
            Assert.Equal(SystemsPerFixture[instance.MockupName], endpoint.Systems);
        }

        var writes = smd.Writes;
        var second = await CollectAsync(temp, fleet, "--smd", smd.BaseUri.ToString());

        Assert.True(second.Exit == ExitCodes.Ok, second.Error);
        Assert.Contains("smd: 50 BMCs: 0 created, 0 updated, 50 unchanged, 0 failed", second.Error, StringComparison.Ordinal);
        Assert.Equal(writes, smd.Writes);

        var changed = fleet.Instances[7];
        changed.Faults = changed.Faults with { FirmwareVersion = "9.9.9-smd-test" };
        smd.ClearRequests();
        var third = await CollectAsync(temp, fleet, "--smd", smd.BaseUri.ToString());

        Assert.True(third.Exit == ExitCodes.Ok, third.Error);
        Assert.Contains("smd: 50 BMCs: 0 created, 1 updated, 49 unchanged, 0 failed", third.Error, StringComparison.Ordinal);
        var changedXname = Xname.NodeBmc(1000, 0, changed.Address.GetAddressBytes()[3], 0).ToString();
        Assert.Contains(smd.Requests, r => r.IsWrite);
        Assert.All(smd.Requests.Where(r => r.IsWrite), r => Assert.Contains(changedXname, r.Body ?? r.Path, StringComparison.Ordinal));
        Assert.Equal("9.9.9-smd-test", smd.Endpoints[changedXname].Body["Managers"]![0]!["firmware_version"]!.GetValue<string>());
        Assert.DoesNotContain(Password, first.Output + first.Error + third.Output + third.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectSmd_SmdRefusesConnections_CrawlAndLogCompleteExitFourAndSendCatchesUp()
    {
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync(3);
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        // One BMC that does not answer either: the SMD failure (4) still wins over the crawl's (1).
        var dead = SmdDouble.RefusingUri();

        var collect = await CollectAsync(temp, fleet, "--smd", SmdDouble.RefusingUri().ToString(), "--smd-retries", "1", "--retries", "0", dead.ToString());

        Assert.Equal(ExitCodes.RemoteFailure, collect.Exit);
        using (var rows = JsonDocument.Parse(collect.Output))
        {
            Assert.Equal(3, rows.RootElement.EnumerateArray().Count(r => r.GetProperty("status").GetString() == "ok"));
        }

        Assert.Contains("smd: 3 BMCs: 0 created, 0 updated, 0 unchanged, 3 failed", collect.Error, StringComparison.Ordinal);
        Assert.Contains("is not available", collect.Error, StringComparison.Ordinal);
        using (var query = CrawlLogQuery.Open(temp.File("logs")))
        {
            var run = Assert.Single(await query.ListRunsAsync(Token));
            Assert.Equal(("collect", "partial", 3L), (run.Kind, run.Status, run.Bmcs));
        }

        var send = await RunAsync(["send", "--smd", smd.BaseUri.ToString(), "-o", "json", "--state-dir", temp.Path, "--log-dir", temp.File("logs"), "--no-secrets-store"]);

        Assert.True(send.Exit == ExitCodes.Ok, send.Error);
        using var sent = JsonDocument.Parse(send.Output);
        Assert.Equal(["created", "created", "created"], sent.RootElement.EnumerateArray().Select(r => r.GetProperty("action").GetString()));
        Assert.Equal(3, smd.Endpoints.Count);
    }

    [Fact]
    public async Task CollectSmd_SmdAnswers503_ExitFourThenSendRegistersWhatWasMissed()
    {
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync(4);
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        smd.Unavailable = true;

        var collect = await CollectAsync(temp, fleet, "--smd", smd.BaseUri.ToString(), "--smd-retries", "1");

        Assert.Equal(ExitCodes.RemoteFailure, collect.Exit);
        Assert.Contains("503", collect.Error, StringComparison.Ordinal);
        Assert.Equal(0, smd.Writes);

        smd.Unavailable = false;
        var send = await RunAsync(["send", "--smd", smd.BaseUri.ToString(), "--state-dir", temp.Path, "--log-dir", temp.File("logs"), "--no-secrets-store"]);
        var again = await RunAsync(["send", "--smd", smd.BaseUri.ToString(), "--state-dir", temp.Path, "--log-dir", temp.File("logs"), "--no-secrets-store"]);

        Assert.True(send.Exit == ExitCodes.Ok, send.Error);
        Assert.Contains("smd: 4 BMCs: 4 created", send.Error, StringComparison.Ordinal);
        Assert.Contains("smd: 4 BMCs: 0 created, 0 updated, 4 unchanged", again.Error, StringComparison.Ordinal);
        Assert.Equal(4, smd.Endpoints.Count);
    }

    [Fact]
    public async Task Send_DryRunWithPassword_JsonLinesMaskedAndNothingSent()
    {
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync(2);
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        Assert.Equal(ExitCodes.Ok, (await CollectAsync(temp, fleet)).Exit);

        var dry = await RunAsync(["send", "--smd", smd.BaseUri.ToString(), "--dry-run", "--send-bmc-password", "--state-dir", temp.Path,
            "--log-dir", temp.File("logs"), "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store"]);

        Assert.True(dry.Exit == ExitCodes.Ok, dry.Error);
        Assert.Empty(smd.Requests);
        var lines = dry.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l)).ToList();
        var endpoints = lines.Where(l => l.RootElement.GetProperty("url").GetString()!.EndsWith("/RedfishEndpoints", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, endpoints.Count);
        Assert.All(endpoints, l => Assert.Equal("***", l.RootElement.GetProperty("body").GetProperty("Password").GetString()));
        Assert.All(lines, l => Assert.Equal("POST", l.RootElement.GetProperty("method").GetString()));
        Assert.DoesNotContain(Password, dry.Output + dry.Error, StringComparison.Ordinal);
        Assert.Contains("dry run, nothing sent", dry.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_JwtRequired_TokenFromFileWorksAndNeverShows()
    {
        using var temp = new TempDirectory();
        using var key = System.Security.Cryptography.RSA.Create(2048);
        await using var fleet = await StartFleetAsync(1);
        await using var smd = await SmdDouble.StartAsync(new SmdDoubleOptions { JwtKey = key }, Token);
        var token = TestJwt.Create(key, DateTimeOffset.UtcNow.AddMinutes(10));
        await File.WriteAllTextAsync(temp.File("token"), token + "\n", Token);
        Assert.Equal(ExitCodes.Ok, (await CollectAsync(temp, fleet)).Exit);

        var refused = await RunAsync(["send", "--smd", smd.BaseUri.ToString(), "--state-dir", temp.Path, "--log-dir", temp.File("logs"), "--no-secrets-store"]);
        var accepted = await RunAsync(["send", "--smd", smd.BaseUri.ToString(), "--access-token-file", temp.File("token"), "--state-dir", temp.Path,
            "--log-dir", temp.File("logs"), "--no-secrets-store"]);

        Assert.Equal(ExitCodes.RemoteFailure, refused.Exit);
        Assert.Contains("401", refused.Output, StringComparison.Ordinal);
        Assert.True(accepted.Exit == ExitCodes.Ok, accepted.Error);
        Assert.DoesNotContain(token, refused.Output + refused.Error + accepted.Output + accepted.Error, StringComparison.Ordinal);
    }

    private static async Task<MockFleet> StartFleetAsync(int count) => await MockFleet.StartAsync(
        new MockFleetOptions
        {
            MockupDirectories = [.. SystemsPerFixture.Keys.Select(MockupPaths.Project)],
            Count = count,
            Password = Password,
        },
        Token);

    private static async Task<(int Exit, string Output, string Error)> CollectAsync(TempDirectory temp, MockFleet fleet, params string[] extra)
    {
        await File.WriteAllTextAsync(temp.File("password"), Password + "\n", Token);
        return await RunAsync(
            ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path, "--log-dir", temp.File("logs"),
             "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store", "--data-dir", temp.File("store"), .. extra]);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(args, output, error, Token);
        return (exit, output.ToString(), error.ToString());
    }
}
