using System.Collections.Concurrent;
using System.Text.Json;
using Discovery.Cli;
using Discovery.Pipeline;
using Discovery.Records.Xnames;
using Discovery.IntegrationTests.Collect;
using Discovery.MockBmc;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Http;
using Discovery.Redfish.Mapping;
using Discovery.CrawlLog.Analysis;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.CrawlLog;

/// <summary>
/// <see cref="CollectLogging"/> on the collect pipeline the CLI runs (Collector + Watch + Attach), against a
/// 50-BMC fleet of every shared mockup; then <c>discover logs replay</c> over what it wrote.
/// </summary>
public sealed class CollectLoggingTests
{
    private const string Password = "Fleet-Pass-7731";

    [Fact]
    public async Task Attach_FiftyBmcFleet_LogsEveryExchangeNoSecretAndReplaysTheSameRecords()
    {
        var token = TestContext.Current.CancellationToken;
        if (MockupPaths.SharedNames() is not { Count: > 0 } names)
        {
            Assert.Skip($"Shared mockups are absent (set {MockupPaths.SharedVariable}); this test needs them.");
            return;
        }

        using var temp = new TempDirectory();
        var logDirectory = temp.File("logs");
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [.. names.Select(MockupPaths.Shared)], Count = 50, Password = Password },
            token);
        var tokens = new ConcurrentBag<string>();

        IReadOnlyList<MappedInventory> live;
        string runId;
        await using (var logging = CollectLogging.Start(logDirectory, "collect", TimeProvider.System, "test"))
        {
            runId = logging.RunId;
            var collector = new Collector(
                logging.Watch(new FixedCredentialProvider(password: Password)),
                new XnameAssigner(IdMap.Empty),
                new RedfishClientOptions { RequestTimeout = TimeSpan.FromSeconds(20) });
            var request = logging.Attach(new CollectRequest
            {
                Targets = [.. fleet.Instances.Select(i => BmcTarget.Parse(i.BaseUri.ToString())!)],
                KeepExchanges = false,
                OnSessionToken = tokens.Add,
            });
            var run = await collector.CollectAsync(request, null, token);
            await logging.CompleteAsync(token);
            Assert.All(run.Results, r => Assert.True(r.Status == BmcCollectStatus.Ok, $"{r.Target.Endpoint}: {r.Status} {r.Message}"));
            live = [.. run.Results.Select(r => new MappedInventory { Bmc = r.Bmc!, Nodes = r.Nodes })];
        }

        // Every request mock-bmc answered (root, login, crawl, logout) is one responses row.
        var served = fleet.Instances.Sum(i => i.Counters.Requests);
        using (var query = CrawlLogQuery.Open(logDirectory))
        {
            var count = await query.QueryAsync($"select count(*) from responses where run_id = '{runId}'", token);
            Assert.Equal(served, Convert.ToInt64(count.Rows[0][0], System.Globalization.CultureInfo.InvariantCulture));
            var logins = await query.QueryAsync("select count(*) from responses where method = 'POST'", token);
            Assert.Equal(50L, Convert.ToInt64(logins.Rows[0][0], System.Globalization.CultureInfo.InvariantCulture));
            var runs = await query.ListRunsAsync(token);
            Assert.Equal("complete", Assert.Single(runs).Status);
        }

        Assert.Equal(50, tokens.Count);
        await CrawlLogAssert.NoSecretsAsync(logDirectory, [Password, .. tokens], token);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(["logs", "replay", runId, "--log-dir", logDirectory, "-o", "json"], output, error, token);
        Assert.True(exit == 0, error.ToString());
        var liveJson = "[" + string.Join(",", live.Select(m => JsonSerializer.Serialize(m, RedfishJsonContext.Default.MappedInventory))) + "]";
        Assert.Equal(CrawlLogAssert.Normalize(liveJson), CrawlLogAssert.Normalize(output.ToString()));
        Assert.Equal(50, JsonDocument.Parse(output.ToString()).RootElement.GetArrayLength());
    }
}
