using System.Text.Json;
using Discovery.Cli;
using Discovery.CrawlLog.Analysis;
using Discovery.Testing;
using Discovery.Testing.Smd;

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

    [Fact]
    public async Task Collect_SwitchDown_RenamesNothingHoldsGuessedNamesFromSmdAndExitsOne()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await LocationFleet.StartAsync(temp, "127.0.67.2", token);
        await using var smd = await SmdDouble.StartAsync(cancellationToken: token);
        string[] collect =
        [
            "collect", .. fleet.Fleet.Instances.Select(i => i.BaseUri.ToString()), "--location-map", fleet.MapPath, "-o", "json",
            "--username", "admin", "--password-file", fleet.PasswordFile, "--no-secrets-store", "--state-dir", temp.Path,
            "--data-dir", temp.File("store"), "--log-dir", temp.File("logs"), "--smd", smd.BaseUri.ToString(),
        ];
        var first = await RunAsync(collect, token);
        Assert.True(first.Exit == ExitCodes.Ok, first.Error);
        var registered = smd.Endpoints.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(LocationFleet.Count, registered.Count);
        var placedBefore = await StoredXnamesAsync(temp, token);

        // leaf1 (BMCs 0-19) now refuses the community: it times out, and those BMCs can only be given derived names.
        await fleet.WriteSecretsAsync("not-the-community", LocationFleet.V3Auth, token);
        var second = await RunAsync(collect, token);

        Assert.Equal(ExitCodes.SomeTargetsFailed, second.Exit);
        Assert.Contains("discover: switch leaf1: ", second.Error, StringComparison.Ordinal);
        Assert.Equal(placedBefore, await StoredXnamesAsync(temp, token));
        var placed = fleet.Fleet.Instances[3];
        Assert.Equal((fleet.ExpectedXname(3), "location-map"), placedBefore[placed.ManagerMac!]);
        // The 20 BMCs behind leaf1 and the one seen only on uplinks are held back from SMD; nothing new was registered.
        var held = second.Error.Split('\n').Where(l => l.Contains("not sent to SMD: switch leaf1 could not be read", StringComparison.Ordinal)).ToList();
        Assert.Equal(21, held.Count);
        Assert.Contains(held, l => l.Contains($"BMC {placed.Address}:{placed.Port} not sent", StringComparison.Ordinal));
        Assert.Equal(registered, smd.Endpoints.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Contains("smd: 19 BMCs: 0 created, 0 updated, 19 unchanged, 0 failed", second.Error, StringComparison.Ordinal);

        // The nodes behind the kept BMCs keep their names too.
        var nodes = await RunAsync(["get", "nodes", "--data-dir", temp.File("store"), "-o", "json"], token);
        var nodeXnames = JsonDocument.Parse(nodes.Output).RootElement.EnumerateArray().Select(n => n.GetProperty("xname").GetString()).ToHashSet();
        Assert.Contains(fleet.ExpectedXname(3) + "n0", nodeXnames);
        Assert.DoesNotContain(Community, second.Output + second.Error, StringComparison.Ordinal);
    }

    private const string Community = LocationFleet.Community;

    /// <summary>Each stored BMC's (xname, xname_source) by MAC.</summary>
    private static async Task<Dictionary<string, (string?, string?)>> StoredXnamesAsync(TempDirectory temp, CancellationToken token)
    {
        var got = await RunAsync(["get", "bmcs", "--data-dir", temp.File("store"), "-o", "json"], token);
        Assert.True(got.Exit == ExitCodes.Ok, got.Error);
        return JsonDocument.Parse(got.Output).RootElement.EnumerateArray().ToDictionary(
            b => b.GetProperty("mac").GetString()!, b => (b.GetProperty("xname").GetString(), b.GetProperty("xname_source").GetString()));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, CancellationToken token)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(args, output, error, token);
        return (exit, output.ToString(), error.ToString());
    }
}
