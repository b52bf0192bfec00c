using System.Text.Json;
using Discovery.Cli;
using Discovery.MockBmc;
using Discovery.Scanning;
using Discovery.Scanning.State;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Collect;

/// <summary><c>discover collect</c> and <c>discover crawl</c> in process against mock-bmc fleets.</summary>
public sealed class CollectCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    // Two BMCs of the mockup, and their password in the file temp/password.
    private static async Task<MockFleet> StartFleetAsync(TempDirectory temp, string mockup)
    {
        await File.WriteAllTextAsync(temp.File("password"), "Fleet-Secret-42\n", TestContext.Current.CancellationToken);
        return await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project(mockup)], Count = 2, Password = "Fleet-Secret-42" },
            TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Collect_TwoHealthyBmcs_PrintsOkRowsAndExitsZero()
    {
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync(temp, "multi-system");

        var (exit, output, error) = await RunAsync(
            ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path,
             "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store", "--data-dir", temp.File("store")]);

        Assert.True(exit == 0, error);
        using var rows = JsonDocument.Parse(output);
        Assert.Equal(["ok", "ok"], rows.RootElement.EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([4, 4], rows.RootElement.EnumerateArray().Select(r => r.GetProperty("nodes").GetInt32()));
        Assert.DoesNotContain("Fleet-Secret-42", output + error, StringComparison.Ordinal);
        Assert.All(fleet.Instances, i => Assert.Equal(0, i.Counters.OpenSessions));
    }

    [Fact]
    public async Task Collect_AtTraceLevel_SaysWhatItDoesOnStderrAndNoSecret()
    {
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync(temp, "minimal");

        var (exit, output, error) = await RunAsync(
            ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path, "--log-level", "trace",
             "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store", "--data-dir", temp.File("store")]);

        Assert.True(exit == 0, error);
        Assert.Contains("information: CollectSequence: Collecting 2 BMC(s)", error, StringComparison.Ordinal);
        Assert.Contains($"debug: CollectSequence: BMC {fleet.Instances[0].BaseUri.Host}:{fleet.Instances[0].BaseUri.Port}: Ok", error, StringComparison.Ordinal);
        Assert.Contains("information: CollectSequence: Store ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Fleet-Secret-42", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("information:", (await RunAsync(["collect", fleet.Instances[0].BaseUri.ToString(), "--state-dir", temp.Path, "--no-store",
            "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store"])).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_WrongPassword_ReportsAuthFailedAndExitsOne()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File("password"), "wrong-secret\n", TestContext.Current.CancellationToken);
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: TestContext.Current.CancellationToken);

        var (exit, output, error) = await RunAsync(
            ["collect", fleet.Instances[0].BaseUri.ToString(), "-o", "json", "--state-dir", temp.Path,
             "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store", "--data-dir", temp.File("store")]);

        Assert.Equal(1, exit);
        using var rows = JsonDocument.Parse(output);
        Assert.Equal("auth_failed", Assert.Single(rows.RootElement.EnumerateArray()).GetProperty("status").GetString());
        Assert.DoesNotContain("wrong-secret", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_OneBmc_PrintsItsRecords()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File("password"), "password\n", TestContext.Current.CancellationToken);
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Shared("intel-s2600bpb")], Identity = MockIdentityMode.Original },
            TestContext.Current.CancellationToken);

        var (exit, output, error) = await RunAsync(
            ["crawl", fleet.Instances[0].BaseUri.ToString(), "-o", "json", "--state-dir", temp.Path,
             "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store", "--data-dir", temp.File("store")]);

        Assert.True(exit == 0, error);
        using var records = JsonDocument.Parse(output);
        // intel-s2600bpb: Managers/BMC/EthernetInterfaces/3 "a4-bf-01-28-90-ac"; Systems/QSBP74100021.
        Assert.Equal("a4:bf:01:28:90:ac", records.RootElement.GetProperty("bmc").GetProperty("mac").GetString());
        var node = Assert.Single(records.RootElement.GetProperty("nodes").EnumerateArray());
        Assert.Equal("QSBP74100021", node.GetProperty("serial_number").GetString());
    }

    [Fact]
    public async Task Collect_NoTargets_CollectsTheLastScansBmcs()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(temp.File("password"), "password\n", ct);
        await using var fleet = await MockFleets.StartProjectAsync("minimal", count: 2, cancellationToken: ct);
        var bmcs = fleet.Instances.Select(i => new DiscoveredBmc
        {
            Address = i.Address.ToString(),
            Port = i.Port,
            Scheme = i.BaseUri.Scheme,
            BaseUri = i.BaseUri.ToString(),
        }).ToList();
        await LastScanStore.SaveAsync(temp.Path, new LastScan { ScannedAt = DateTimeOffset.UnixEpoch, Bmcs = bmcs }, ct);

        var (exit, output, error) = await RunAsync(
            ["collect", "-o", "json", "--state-dir", temp.Path, "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store", "--data-dir", temp.File("store")]);

        Assert.True(exit == 0, error);
        using var rows = JsonDocument.Parse(output);
        Assert.Equal(
            fleet.Instances.Select(i => $"{i.Address}:{i.Port}"),
            rows.RootElement.EnumerateArray().Select(r => r.GetProperty("endpoint").GetString()));
    }

    [Fact]
    public async Task Collect_NoTargetsAndNoScan_ExitsBadInput()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await RunAsync(["collect", "--state-dir", temp.Path, "--no-secrets-store"]);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("discover scan", error, StringComparison.Ordinal);
    }
}
