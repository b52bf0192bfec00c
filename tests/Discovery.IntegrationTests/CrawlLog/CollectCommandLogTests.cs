using System.Text.Json;
using System.Text.RegularExpressions;
using Discovery.Cli;
using Discovery.MockBmc;
using Discovery.CrawlLog.Analysis;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.CrawlLog;

/// <summary><c>discover collect</c> / <c>crawl</c> with the crawl log, <c>--no-log</c> and <c>--id-map</c>, in process.</summary>
public sealed partial class CollectCommandLogTests
{
    private const string Password = "Cli-Pass-5150";

    [Fact]
    public async Task Collect_Default_WritesRunAndPrintsRunId()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync(2, token);

        var (exit, _, error) = await RunAsync(temp, fleet, ["--log-dir", temp.File("logs")], token);

        Assert.True(exit == 0, error);
        var runId = RunLine().Match(error).Groups["id"].Value;
        Assert.False(string.IsNullOrEmpty(runId), error);
        using var query = CrawlLogQuery.Open(temp.File("logs"));
        var run = Assert.Single(await query.ListRunsAsync(token));
        Assert.Equal((runId, "collect", "complete", 2L), (run.RunId, run.Kind, run.Status, run.Bmcs));
        Assert.Equal(fleet.Instances.Sum(i => i.Counters.Requests), run.Responses);
        Assert.Equal(8L, run.Nodes);
        await CrawlLogAssert.NoSecretsAsync(temp.File("logs"), [Password], token);
    }

    [Fact]
    public async Task Collect_WrongPassword_CompletesRunAsPartial()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Password = "another-one" }, token);

        var (exit, _, error) = await RunAsync(temp, fleet, ["--log-dir", temp.File("logs")], token);

        Assert.Equal(1, exit);
        using var query = CrawlLogQuery.Open(temp.File("logs"));
        var run = Assert.Single(await query.ListRunsAsync(token));
        Assert.Equal(("partial", 0L), (run.Status, run.Bmcs));
        Assert.Equal(fleet.Instances[0].Counters.Requests, run.Responses);
        Assert.Contains("log in", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_NoLog_WritesNothing()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync(1, token);

        var (exit, _, error) = await RunAsync(temp, fleet, ["--log-dir", temp.File("logs"), "--no-log"], token);

        Assert.True(exit == 0, error);
        Assert.False(Directory.Exists(temp.File("logs")));
        Assert.DoesNotContain("log in", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_BadIdMap_ExitsTwoNamingFileAndLineAndContactsNoBmc()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var map = temp.File("ids.yaml");
        await File.WriteAllTextAsync(map, "bmcs:\n  - ip: 127.0.0.2\n    xname: x3000c0s1b0\n  - ip: 127.0.0.3\n    xname: not-an-xname\n", token);
        await using var fleet = await StartFleetAsync(2, token);

        var (exit, _, error) = await RunAsync(temp, fleet, ["--log-dir", temp.File("logs"), "--id-map", map], token);

        Assert.Equal(2, exit);
        Assert.Contains($"{map}:5:", error, StringComparison.Ordinal);
        Assert.All(fleet.Instances, i => Assert.Equal(0, i.Counters.Requests));
        Assert.False(Directory.Exists(temp.File("logs")));
    }

    [Fact]
    public async Task Crawl_GoodIdMap_NamesBmcAndNodesFromTheMap()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync(1, token);
        var instance = fleet.Instances[0];
        var map = temp.File("ids.json");
        await File.WriteAllTextAsync(map, $$"""{ "{{instance.Address}}": "x3000c0s7b0" }""", token);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(
            ["crawl", instance.BaseUri.ToString(), "-o", "json", "--state-dir", temp.Path, "--log-dir", temp.File("logs"),
             "--id-map", map, "--username", "admin", "--password-file", await PasswordFileAsync(temp, token), "--no-secrets-store", "--data-dir", temp.File("store")],
            output, error, token);

        Assert.True(exit == 0, error.ToString());
        using var records = JsonDocument.Parse(output.ToString());
        Assert.Equal("x3000c0s7b0", records.RootElement.GetProperty("bmc").GetProperty("xname").GetString());
        Assert.Equal(
            ["x3000c0s7b0n0", "x3000c0s7b0n1", "x3000c0s7b0n2", "x3000c0s7b0n3"],
            records.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("xname").GetString()));

        // The replay takes the same id map and names alike.
        var runId = RunLine().Match(error.ToString()).Groups["id"].Value;
        using var replayed = new StringWriter();
        using var replayError = new StringWriter();
        exit = await DiscoverApp.RunAsync(["logs", "replay", runId, "--log-dir", temp.File("logs"), "--id-map", map, "-o", "json"], replayed, replayError, token);
        Assert.True(exit == 0, replayError.ToString());
        Assert.Equal(CrawlLogAssert.Normalize($"[{output}]"), CrawlLogAssert.Normalize(replayed.ToString()));
    }

    [Fact]
    public async Task LogsReplay_UnknownRun_ExitsTwo()
    {
        using var temp = new TempDirectory();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await DiscoverApp.RunAsync(["logs", "replay", "20260101T000000Z-00000000", "--log-dir", temp.Path], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        Assert.Contains("no run '20260101T000000Z-00000000'", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<MockFleet> StartFleetAsync(int count, CancellationToken cancellationToken) =>
        MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("multi-system")], Count = count, Password = Password },
            cancellationToken);

    private static async Task<string> PasswordFileAsync(TempDirectory temp, CancellationToken cancellationToken)
    {
        var path = temp.File("password");
        await File.WriteAllTextAsync(path, Password + "\n", cancellationToken);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(
        TempDirectory temp, MockFleet fleet, string[] extra, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(
            ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path,
             "--username", "admin", "--password-file", await PasswordFileAsync(temp, cancellationToken), "--no-secrets-store", "--data-dir", temp.File("store"), .. extra],
            output, error, cancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"^run (?<id>\S+): log in ", RegexOptions.Multiline)]
    private static partial Regex RunLine();
}
