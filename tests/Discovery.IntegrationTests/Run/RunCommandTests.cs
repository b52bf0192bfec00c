using System.Net;
using System.Text.Json;
using Discovery.Cli;
using Discovery.MockBmc;
using Discovery.CrawlLog.Analysis;
using Discovery.Store;
using Discovery.Testing;
using Discovery.Testing.Mockups;
using Discovery.Testing.Smd;

namespace Discovery.IntegrationTests.Run;

/// <summary><c>discover run</c> end to end against mock-bmc fleets: change reports, the lock, the deadline, bad configs.</summary>
public sealed partial class RunCommandTests
{
    private const string Password = "Run-Pass-2718";

    [Fact]
    public async Task Run_ThreeTimes_ReportsAllAddedThenNothingThenOneMissingAndOneChanged()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync("127.0.31.2", 4, token);
        var config = await WriteConfigAsync(temp, fleet, "127.0.31.0/29", token);

        var first = await RunAsync(temp, ["run", "-f", config, "-o", "json"], token);
        Assert.True(first.Exit == ExitCodes.ChangesFound, first.Error);
        Assert.Equal(Enumerable.Repeat("added", 4), Kinds(first.Report, "bmcs"));
        Assert.Equal(Enumerable.Repeat("added", 4), Kinds(first.Report, "nodes"));
        Assert.Equal(("complete", 4, 4), (first.Report.GetProperty("status").GetString(), first.Report.GetProperty("bmcs_ok").GetInt32(), first.Report.GetProperty("nodes").GetInt32()));

        var second = await RunAsync(temp, ["run", "-f", config, "-o", "json"], token);
        Assert.True(second.Exit == ExitCodes.Ok, second.Error);
        Assert.Empty(Kinds(second.Report, "bmcs"));
        Assert.Empty(Kinds(second.Report, "nodes"));
        Assert.Empty(Kinds(second.Report, "nics"));

        await fleet.Instances[3].StopAsync(token);
        fleet.Instances[1].Faults = new MockFaults { FirmwareVersion = "9.9.9-test" };
        var third = await RunAsync(temp, ["run", "-f", config, "-o", "json"], token);

        Assert.True(third.Exit == ExitCodes.ChangesFound, third.Error);
        var bmcs = third.Report.GetProperty("changes").GetProperty("bmcs").EnumerateArray().ToList();
        Assert.Equal(2, bmcs.Count);
        var removed = Assert.Single(bmcs, b => b.GetProperty("kind").GetString() == "removed");
        Assert.Contains($"127.0.31.5:{fleet.Port}", removed.GetProperty("label").GetString(), StringComparison.Ordinal);
        var changed = Assert.Single(bmcs, b => b.GetProperty("kind").GetString() == "changed");
        Assert.Contains($"127.0.31.3:{fleet.Port}", changed.GetProperty("label").GetString(), StringComparison.Ordinal);
        var field = Assert.Single(changed.GetProperty("fields").EnumerateArray());
        Assert.Equal(("firmware_version", "9.9.9-test"), (field.GetProperty("field").GetString(), field.GetProperty("after").GetString()));
        Assert.Equal(["removed"], Kinds(third.Report, "nodes"));
        Assert.Contains("changes: 1 bmc changed, 1 bmc removed, 1 node removed", third.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithSmd_RegistersEveryBmcThenStaysSilentWhenNothingChanged()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var smd = await SmdDouble.StartAsync(cancellationToken: token);
        await using var fleet = await StartFleetAsync("127.0.35.2", 3, token);
        var config = await WriteConfigAsync(temp, fleet, "127.0.35.0/29", token);

        var first = await RunAsync(temp, ["run", "-f", config, "-o", "json", "--smd", smd.BaseUri.ToString()], token);

        Assert.True(first.Exit == ExitCodes.ChangesFound, first.Error);
        Assert.Equal(3, smd.Endpoints.Count);
        Assert.Contains("smd: 3 BMCs: 3 created", first.Error, StringComparison.Ordinal);

        smd.ClearRequests();
        var second = await RunAsync(temp, ["run", "-f", config, "--smd", smd.BaseUri.ToString(), "--quiet-unchanged"], token);

        Assert.Equal(ExitCodes.Ok, second.Exit);
        Assert.Equal(0, smd.Writes);
        Assert.Equal(string.Empty, second.Error);
        Assert.Equal(JsonValueKind.Undefined, second.Report.ValueKind);
    }

    [Fact]
    public async Task Run_WithTheStore_UpsertsEveryBmcAndNodeOnceThenFindsThemUnchanged()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync("127.0.37.2", 3, token);
        var config = await WriteConfigAsync(temp, fleet, "127.0.37.0/29", token);
        string[] store = ["--store", "true", "--data-dir", temp.File("store")];

        var first = await RunAsync(temp, ["run", "-f", config, "-o", "json", .. store], token);
        var second = await RunAsync(temp, ["run", "-f", config, "-o", "json", .. store], token);

        Assert.True(first.Exit == ExitCodes.ChangesFound, first.Error);
        Assert.Contains("store: 6 added, 0 changed, 0 removed, 0 unchanged", first.Error, StringComparison.Ordinal);
        Assert.True(second.Exit == ExitCodes.Ok, second.Error);
        Assert.Contains("store: 0 added, 0 changed, 0 removed, 6 unchanged", second.Error, StringComparison.Ordinal);
        using var inventory = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = temp.File("store") }, token);
        var nodes = await inventory.Nodes.ListAsync(new RecordQuery(), token);
        Assert.Equal(
            fleet.Instances.Select(i => i.Address.ToString()).Order(StringComparer.Ordinal),
            nodes.Items.Select(n => n.BmcIp).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_SmdDown_CrawlLoggedAndExitSaysSmdFailed()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync("127.0.36.2", 2, token);
        var config = await WriteConfigAsync(temp, fleet, "127.0.36.0/29", token);

        var result = await RunAsync(temp, ["run", "-f", config, "-o", "json", "--smd", SmdDouble.RefusingUri().ToString()], token);

        Assert.True(result.Exit == ExitCodes.RemoteFailure, result.Error);
        Assert.Equal(2, result.Report.GetProperty("bmcs_ok").GetInt32());
        Assert.True(result.Report.GetProperty("smd_failed").GetBoolean());
        using var query = CrawlLogQuery.Open(temp.File("logs"));
        Assert.Equal("complete", Assert.Single(await query.ListRunsAsync(token)).Status);
    }

    [Fact]
    public async Task Run_WhileAnotherRunHoldsTheLock_RefusesAtOnceAndTheFirstCompletes()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        // Slow BMCs keep the first pass busy long enough for the second to meet its lock.
        await using var fleet = await StartFleetAsync("127.0.32.2", 2, token, new MockFaults { Latency = TimeSpan.FromMilliseconds(150) });
        var config = await WriteConfigAsync(temp, fleet, "127.0.32.0/29", token);
        var lockInfo = Path.Combine(temp.File("state"), "run.lock.info");

        var first = RunAsync(temp, ["run", "-f", config, "-o", "json"], token);
        await Poll.UntilAsync(() => File.Exists(lockInfo), "the first run to take the lock", token);
        var second = await RunAsync(temp, ["run", "-f", config, "-o", "json"], token);

        Assert.Equal(ExitCodes.Locked, second.Exit);
        Assert.Contains("another run holds the lock", second.Error, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId}", second.Error, StringComparison.Ordinal);
        var done = await first;
        Assert.True(done.Exit == ExitCodes.ChangesFound, done.Error);
        Assert.Equal(2, done.Report.GetProperty("bmcs_ok").GetInt32());
    }

    [Fact]
    public async Task Run_HittingItsDeadline_LogsOutEverywhereAndWritesAPartialRun()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync("127.0.33.2", 3, token, new MockFaults { Latency = TimeSpan.FromMilliseconds(400) });
        var config = await WriteConfigAsync(temp, fleet, "127.0.33.0/29", token);

        var result = await RunAsync(temp, ["run", "-f", config, "-o", "json", "--deadline", "2s"], token);

        Assert.True(result.Exit == ExitCodes.SomeTargetsFailed, result.Error);
        Assert.True(result.Report.GetProperty("deadline_hit").GetBoolean());
        Assert.Contains("stopped at the deadline", result.Error, StringComparison.Ordinal);
        Assert.True(fleet.Instances.Sum(i => i.Counters.Logins) > 0, "the deadline hit before any login; the test proves nothing");
        Assert.All(fleet.Instances, i => Assert.Equal(0, i.Counters.OpenSessions));
        using var query = CrawlLogQuery.Open(temp.File("logs"));
        var run = Assert.Single(await query.ListRunsAsync(token));
        Assert.Equal(("run", "partial"), (run.Kind, run.Status));
        // Every request the BMCs saw is in the log (the scan's service-root probes in scans, the rest in responses),
        // the ones the deadline cut short included.
        var probes = await query.QueryAsync("select count(*) from scans where status = 'bmc'", token);
        Assert.Equal(3L, Convert.ToInt64(probes.Rows[0][0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(fleet.Instances.Sum(i => i.Counters.Requests), run.Responses + 3);
    }

    [Fact]
    public async Task Run_MalformedConfig_NamesFileLineAndKeyAndRunsNothing()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync("127.0.34.2", 1, token);
        var config = temp.File("run.yaml");
        await File.WriteAllTextAsync(config, $"""
            targets: [127.0.34.0/30]
            ports: "http:{fleet.Port}"
            log:
              keep_dayz: 3
            """, token);

        var result = await RunAsync(temp, ["run", "-f", config], token);

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.Contains($"{config}:4: log.keep_dayz: is not a setting (did you mean 'log.keep_days'?)", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, fleet.Instances[0].Counters.Requests);
        Assert.False(Directory.Exists(temp.File("logs")));
        Assert.False(Directory.Exists(temp.File("state")));
    }

    private static IEnumerable<string?> Kinds(JsonElement report, string table) =>
        report.GetProperty("changes").GetProperty(table).EnumerateArray().Select(c => c.GetProperty("kind").GetString());

    private static Task<MockFleet> StartFleetAsync(string first, int count, CancellationToken cancellationToken, MockFaults? faults = null) =>
        MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [MockupPaths.Project("minimal")],
                Count = count,
                FirstAddress = IPAddress.Parse(first),
                Password = Password,
                Faults = faults ?? MockFaults.None,
            },
            cancellationToken);

    private static async Task<string> WriteConfigAsync(TempDirectory temp, MockFleet fleet, string targets, CancellationToken cancellationToken)
    {
        var passwordFile = temp.File("bmc.pass");
        await File.WriteAllTextAsync(passwordFile, Password + "\n", cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var config = temp.File("run.yaml");
        await File.WriteAllTextAsync(config, $"""
            # a lab rack on loopback
            targets: [{targets}]
            ports: "http:{fleet.Port}"
            scan:
              timeout: 2s
            credentials:
              username: admin
              password_file: {passwordFile}
            store:
              enabled: false
            run:
              missing_after: 1
            """, cancellationToken);
        return config;
    }

    // The test process sets DISCOVER_LOG_DIR and DISCOVER_STATE_DIR (IsolatedUserFolders), which outrank a config
    // file; flags outrank both, so each test names its own folders here (the log in temp unless it says where).
    private static async Task<(int Exit, JsonElement Report, string Error)> RunAsync(
        TempDirectory temp, string[] args, CancellationToken cancellationToken, string? logDirectory = null)
    {
        args = [.. args, "--log-dir", logDirectory ?? temp.File("logs"), "--state-dir", temp.File("state")];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(args, output, error, cancellationToken);
        var text = output.ToString();
        var report = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (exit, report, error.ToString());
    }
}
