using System.Net;
using Discovery.Cli;
using Discovery.IntegrationTests.Parts;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Run;

public sealed partial class RunCommandTests
{
    /// <summary>
    /// Issue 17 acceptance: mock-bmc swaps one DIMM (fault <c>dimm-serial</c>) between two passes; <c>discover run</c>
    /// reports that DIMM removed and the new one added at the same location, and <c>history --parts</c> shows both.
    /// </summary>
    [Fact]
    public async Task Run_DimmSwappedBetweenPasses_ReportsOldRemovedNewAddedAndHistoryShowsBoth()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await DimmSwapFleet.StartAsync(IPAddress.Parse("127.0.41.2"), Password, token);
        var config = await WriteConfigAsync(temp, fleet, "127.0.41.2", token);
        string[] store = ["--store", "true", "--data-dir", temp.File("store")];

        var first = await RunAsync(temp, ["run", "-f", config, "-o", "json", .. store], token);
        Assert.True(first.Exit == ExitCodes.ChangesFound, first.Error);
        Assert.Empty(Kinds(first.Report, "parts"));
        DimmSwapFleet.Swap(fleet, "SWAPPED1");

        var second = await RunAsync(temp, ["run", "-f", config, "-o", "json", .. store], token);

        Assert.True(second.Exit == ExitCodes.ChangesFound, second.Error);
        var parts = second.Report.GetProperty("changes").GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal(["removed", "added"], parts.Select(p => p.GetProperty("kind").GetString()));
        var labels = parts.Select(p => p.GetProperty("label").GetString()!).ToList();
        Assert.All(labels, l => Assert.StartsWith("x", l, StringComparison.Ordinal));
        Assert.All(labels, l => Assert.Contains(" memory DIMM_P0_A0 (serial ", l, StringComparison.Ordinal));
        Assert.EndsWith("(serial SWAPPED1)", labels[1], StringComparison.Ordinal);
        Assert.DoesNotContain("SWAPPED1", labels[0], StringComparison.Ordinal);
        Assert.Contains("1 part added, 1 part removed", second.Error, StringComparison.Ordinal);

        var node = labels[0][..labels[0].IndexOf(' ', StringComparison.Ordinal)];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(["history", node, "--parts", "--data-dir", temp.File("store"), "-o", "json"], output, error, token);
        Assert.True(exit == ExitCodes.Ok, error.ToString());
        var events = System.Text.Json.JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray().ToList();
        Assert.Equal(["removed", "added"], events.Select(e => e.GetProperty("event").GetString()));
        Assert.All(events, e => Assert.Equal("memory[DIMM_P0_A0]", e.GetProperty("changes")[0].GetProperty("field").GetString()));
        Assert.Contains("(serial SWAPPED1)", events[1].GetProperty("changes")[0].GetProperty("after").GetString(), StringComparison.Ordinal);
    }
}
