using System.Text.Json;
using Discovery.Cli;
using Discovery.CrawlLog.Analysis;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Locate;

/// <summary>
/// Issue 16's acceptance: a 40-BMC mock fleet whose MACs sit on two snmpsim switches; collect names BMCs by port,
/// reports the one seen only on uplinks, keeps the xname's source, logs switch_ports, and run reports a moved BMC.
/// </summary>
public sealed class CollectLocationMapTests
{
    [Fact]
    public async Task Collect_LocationMap_GivesExactlyTheMappedXnamesAndReportsTheUnplacedBmc()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await LocationFleet.StartAsync(temp, "127.0.65.2", token);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(
            ["collect", .. fleet.Fleet.Instances.Select(i => i.BaseUri.ToString()), "--location-map", fleet.MapPath, "-o", "json",
             "--username", "admin", "--password-file", fleet.PasswordFile, "--no-secrets-store", "--state-dir", temp.Path,
             "--data-dir", temp.File("store"), "--log-dir", temp.File("logs")],
            output, error, token);

        Assert.True(exit == ExitCodes.Ok, error.ToString());
        var rows = JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("mac").GetString()!);
        for (var i = 0; i < LocationFleet.Count - 1; i++)
        {
            var row = rows[fleet.Fleet.Instances[i].ManagerMac!];
            Assert.Equal((fleet.ExpectedXname(i), "location-map"), (row.GetProperty("xname").GetString(), row.GetProperty("xname_source").GetString()));
        }

        var lost = fleet.Fleet.Instances[39];
        Assert.Equal("derived", rows[lost.ManagerMac!].GetProperty("xname_source").GetString());
        Assert.Contains($"discover: unplaced BMC {lost.Address}:{lost.Port} (MAC {lost.ManagerMac}): seen only on uplinks (", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(LocationFleet.Community, error.ToString(), StringComparison.Ordinal);

        // get shows the source; the crawl log holds both switches' tables.
        using var got = new StringWriter();
        exit = await DiscoverApp.RunAsync(["get", "bmcs", "--data-dir", temp.File("store"), "-o", "json"], got, error, token);
        Assert.True(exit == ExitCodes.Ok, error.ToString());
        var sources = JsonDocument.Parse(got.ToString()).RootElement.EnumerateArray().GroupBy(b => b.GetProperty("xname_source").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["location-map"] = 39, ["derived"] = 1 }, sources);
        using var query = CrawlLogQuery.Open(temp.File("logs"));
        var counts = await query.QueryAsync("SELECT switch, count(*) AS n, count(*) FILTER (WHERE uplink) AS up FROM switch_ports GROUP BY switch ORDER BY switch", token);
        Assert.Equal("leaf1,79,39|leaf2,79,41", string.Join('|', counts.Rows.Select(r => string.Join(',', r))));
    }
}
