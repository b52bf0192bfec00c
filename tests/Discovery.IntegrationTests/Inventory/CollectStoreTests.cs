using System.Text;
using System.Text.Json;
using Discovery.Api;
using Discovery.Api.Auth;
using Discovery.Cli;
using Discovery.Store;
using Discovery.MockBmc;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Inventory;

/// <summary><c>discover collect</c> upserts into the inventory store: added once, unchanged the second time, history kept.</summary>
public sealed class CollectStoreTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Collect_TwiceIntoTheStore_AddsThenFindsEverythingUnchanged()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(temp.File("password"), "Fleet-Secret-42\n", ct);
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("multi-system")], Count = 2, Password = "Fleet-Secret-42" }, ct);
        string[] collect =
        [
            "collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path, "--no-log",
            "--data-dir", temp.File("store"), "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store",
        ];

        var first = await RunAsync(collect);
        var second = await RunAsync(collect);
        var nodes = await RunAsync("get", "nodes", "--data-dir", temp.File("store"), "-o", "json");

        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("store: 10 added, 0 changed, 0 removed, 0 unchanged", first.Error, StringComparison.Ordinal);
        Assert.Contains("store: 0 added, 0 changed, 0 removed, 10 unchanged", second.Error, StringComparison.Ordinal);
        var stored = JsonDocument.Parse(nodes.Output).RootElement;
        Assert.Equal(8, stored.GetArrayLength());
        var xname = stored[0].GetProperty("xname").GetString()!;
        var history = await RunAsync("history", xname, "--data-dir", temp.File("store"), "-o", "json");
        var events = JsonDocument.Parse(history.Output).RootElement;
        Assert.Equal(("added", "collect"), (events[0].GetProperty("event").GetString(), events[0].GetProperty("actor").GetString()));
        Assert.Equal(1, events.GetArrayLength());
        Assert.DoesNotContain("Fleet-Secret-42", first.Output + first.Error + history.Output, StringComparison.Ordinal);
    }

    // Issue 14: collect stores finished BMCs a batch at a time during the crawl; one BMC at a time makes a batch of each.
    [Fact]
    public async Task Collect_OneBmcAtATime_StoresEveryBatchAndReportsTheirSum()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(temp.File("password"), "password\n", ct);
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("multi-system"), MockupPaths.Project("minimal")], Count = 5 }, ct);
        string[] collect =
        [
            "collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path, "--no-log",
            "--parallel", "1", "--data-dir", temp.File("store"), "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store",
        ];

        var first = await RunAsync(collect);
        var second = await RunAsync(collect);
        var nodes = await RunAsync("get", "nodes", "--data-dir", temp.File("store"), "-o", "json");
        var bmcs = await RunAsync("get", "bmcs", "--data-dir", temp.File("store"), "-o", "json");

        // multi-system: a BMC and 4 nodes; minimal: a BMC and 1 node. Three of one and two of the other.
        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("store: 19 added, 0 changed, 0 removed, 0 unchanged", first.Error, StringComparison.Ordinal);
        Assert.Contains("store: 0 added, 0 changed, 0 removed, 19 unchanged", second.Error, StringComparison.Ordinal);
        Assert.Equal(14, JsonDocument.Parse(nodes.Output).RootElement.GetArrayLength());
        Assert.Equal(5, JsonDocument.Parse(bmcs.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Collect_WithServer_UpsertsThroughTheRunningApi()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        var secret = Encoding.UTF8.GetBytes("collect-through-the-api-secret-32-bytes+");
        await File.WriteAllTextAsync(temp.File("password"), "password\n", ct);
        await File.WriteAllTextAsync(temp.File("token"), ApiTokens.CreateHs256(secret, "cron", TimeSpan.FromMinutes(5), TimeProvider.System), ct);
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = temp.File("store") }, ct);
        await using var host = ApiHost.Create(new ApiOptions { Listen = "127.0.0.1:0", Hs256Secret = secret, SnapshotInterval = null }, store);
        await host.StartAsync(ct);
        await using var fleet = await MockFleets.StartProjectAsync("minimal", count: 2, cancellationToken: ct);

        var (exit, _, error) = await RunAsync(
            ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path, "--no-log",
             "--server", host.Addresses[0].ToString(), "--token-file", temp.File("token"),
             "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store"]);

        Assert.True(exit == 0, error);
        Assert.Contains("store: 4 added, 0 changed, 0 removed, 0 unchanged in http://127.0.0.1:", error, StringComparison.Ordinal);
        Assert.Equal(2, (await store.Nodes.ListAsync(new RecordQuery(), ct)).Total);
        Assert.Equal("collect", (await store.ReadHistoryAsync(new HistoryQuery(), ct))[0].Actor);
        await host.StopAsync(ct);
    }

    // Issue 13, item 12: a serve that wants a token refuses the upsert; that is the store's failure (3), not SMD's (4).
    [Fact]
    public async Task Collect_WithServerAndNoToken_ExitsWithTheStoreCodeAndSaysHowToPassAToken()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(temp.File("password"), "password\n", ct);
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = temp.File("store") }, ct);
        await using var host = ApiHost.Create(
            new ApiOptions { Listen = "127.0.0.1:0", Hs256Secret = Encoding.UTF8.GetBytes("collect-without-a-token-secret-32-bytes+"), SnapshotInterval = null }, store);
        await host.StartAsync(ct);
        await using var fleet = await MockFleets.StartProjectAsync("minimal", count: 1, cancellationToken: ct);

        var (exit, output, error) = await RunAsync(
            ["collect", fleet.Instances[0].BaseUri.ToString(), "-o", "json", "--state-dir", temp.Path, "--no-log",
             "--server", host.Addresses[0].ToString(), "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store"]);

        Assert.True(exit == ExitCodes.LocalFailure, error);
        Assert.Equal("ok", Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray()).GetProperty("status").GetString());
        Assert.Contains(": 401 ", error, StringComparison.Ordinal);
        Assert.Contains("(pass a token with --token-file or DISCOVER_TOKEN)", error, StringComparison.Ordinal);
        Assert.Equal(0, (await store.Nodes.ListAsync(new RecordQuery(), ct)).Total);
        await host.StopAsync(ct);
    }
}
