using System.Net;
using System.Text.Json;
using Discovery.Cli;
using Discovery.IntegrationTests.Parts;
using Discovery.Testing;

namespace Discovery.IntegrationTests.CrawlLog;

/// <summary>
/// Issue 17: <c>discover logs diff</c> of two logged collects names part changes as <c>discover run</c>'s change report
/// does: mock-bmc swaps one DIMM (fault <c>dimm-serial</c>) between the runs, and the diff shows its old serial removed
/// and its new one added at the same location on the same node, in the table and in JSON.
/// </summary>
public sealed class LogsDiffPartsTests
{
    private const string Password = "Diff-Parts-5170";

    [Fact]
    public async Task LogsDiff_DimmSwappedBetweenRuns_NamesOldAndNewSerialAtSameLocation()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var logDirectory = temp.File("logs");
        await using var fleet = await DimmSwapFleet.StartAsync(IPAddress.Parse("127.0.41.12"), Password, token);

        var (before, live) = await LoggedCollect.RunAsync(fleet, logDirectory, Password, configure: null, token);
        var node = Assert.Single(live.SelectMany(m => m.Nodes));
        var oldSerial = node.Memory.Single(d => d.Location == "DIMM_P0_A0").SerialNumber;
        Assert.Matches("^[0-9A-F]{8}$", oldSerial);
        DimmSwapFleet.Swap(fleet, "SWAPPED7");
        var (after, _) = await LoggedCollect.RunAsync(fleet, logDirectory, Password, configure: null, token);

        var removed = $"{node.Xname} memory DIMM_P0_A0 (serial {oldSerial})";
        var added = $"{node.Xname} memory DIMM_P0_A0 (serial SWAPPED7)";
        using (var json = JsonDocument.Parse(await DiffAsync(logDirectory, before, after, "json", token)))
        {
            var parts = json.RootElement.GetProperty("parts").EnumerateArray()
                .Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("label").GetString())).ToList();
            Assert.Equal([("removed", removed), ("added", added)], parts);
            // Nothing else about the node changed: the swap is a part change, not a node field change.
            Assert.Empty(json.RootElement.GetProperty("nodes").EnumerateArray());
        }

        var table = (await DiffAsync(logDirectory, before, after, "table", token)).Split('\n');
        var partLines = table.Where(l => l.StartsWith("part ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, partLines.Count);
        Assert.Contains("removed", partLines[0], StringComparison.Ordinal);
        Assert.Contains(removed, partLines[0], StringComparison.Ordinal);
        Assert.Contains("added", partLines[1], StringComparison.Ordinal);
        Assert.Contains(added, partLines[1], StringComparison.Ordinal);
    }

    private static async Task<string> DiffAsync(string logDirectory, string runA, string runB, string format, CancellationToken token)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(["logs", "diff", runA, runB, "--log-dir", logDirectory, "-o", format], output, error, token);
        Assert.True(exit == ExitCodes.Ok, error.ToString());
        return output.ToString();
    }
}
