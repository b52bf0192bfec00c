using System.Collections.Concurrent;
using Discovery.MockBmc;
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

        var (runId, live) = await LoggedCollect.RunAsync(
            fleet, logDirectory, Password, request => request with { KeepExchanges = false, OnSessionToken = tokens.Add }, token);

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

        var replayed = await LoggedCollect.ReplayMatchesAsync(logDirectory, runId, live, token);
        Assert.Equal(50, replayed.GetArrayLength());
    }
}
