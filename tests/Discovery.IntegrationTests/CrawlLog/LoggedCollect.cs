using System.Text.Json;
using Discovery.Cli;
using Discovery.IntegrationTests.Collect;
using Discovery.MockBmc;
using Discovery.Pipeline;
using Discovery.Records.Xnames;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Http;
using Discovery.Redfish.Mapping;

namespace Discovery.IntegrationTests.CrawlLog;

/// <summary>
/// The collect pipeline the CLI runs (Collector + <see cref="CollectLogging"/>'s Watch and Attach) over a mock fleet,
/// and <c>discover logs replay</c> of what it logged: the setup the crawl-log tests share.
/// </summary>
internal static class LoggedCollect
{
    /// <summary>Collects every instance of <paramref name="fleet"/> into <paramref name="logDirectory"/>; every BMC must answer ok.</summary>
    /// <param name="configure">Changes to the request before it is attached (session-token capture, exchanges kept or not).</param>
    /// <returns>The run's id and what the live crawl mapped, BMC by BMC.</returns>
    public static async Task<(string RunId, IReadOnlyList<MappedInventory> Live)> RunAsync(
        MockFleet fleet, string logDirectory, string password, Func<CollectRequest, CollectRequest>? configure, CancellationToken token)
    {
        await using var logging = CollectLogging.Start(logDirectory, "collect", TimeProvider.System, "test");
        var collector = new Collector(
            logging.Watch(new FixedCredentialProvider(password: password)),
            new XnameAssigner(IdMap.Empty),
            new RedfishClientOptions { RequestTimeout = TimeSpan.FromSeconds(20) });
        var request = new CollectRequest { Targets = [.. fleet.Instances.Select(i => BmcTarget.Parse(i.BaseUri.ToString())!)] };
        var run = await collector.CollectAsync(logging.Attach(configure?.Invoke(request) ?? request), null, token);
        await logging.CompleteAsync(token);
        Assert.All(run.Results, r => Assert.True(r.Status == BmcCollectStatus.Ok, $"{r.Target.Endpoint}: {r.Status} {r.Message}"));
        return (logging.RunId, [.. run.Results.Select(r => new MappedInventory { Bmc = r.Bmc!, Nodes = r.Nodes })]);
    }

    /// <summary>Runs <c>discover logs replay</c> of <paramref name="runId"/>, asserts it maps what <paramref name="live"/> did, and returns its JSON.</summary>
    public static async Task<JsonElement> ReplayMatchesAsync(string logDirectory, string runId, IReadOnlyList<MappedInventory> live, CancellationToken token)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(["logs", "replay", runId, "--log-dir", logDirectory, "-o", "json"], output, error, token);
        Assert.True(exit == 0, error.ToString());
        var liveJson = "[" + string.Join(",", live.Select(m => JsonSerializer.Serialize(m, RedfishJsonContext.Default.MappedInventory))) + "]";
        Assert.Equal(CrawlLogAssert.Normalize(liveJson), CrawlLogAssert.Normalize(output.ToString()));
        using var document = JsonDocument.Parse(output.ToString());
        return document.RootElement.Clone();
    }
}
