using System.Text.Json;
using Discovery.Cli;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Locate;

/// <summary>Issue 16's history acceptance: after a BMC's MAC moves to another switch port, the next <c>discover run</c> reports it.</summary>
public sealed class RunLocationMapTests
{
    [Fact]
    public async Task Run_BmcMovedPort_NextRunReportsTheNewPortAndXname()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await LocationFleet.StartAsync(temp, "127.0.66.2", token);
        var config = temp.File("run.yaml");
        await File.WriteAllTextAsync(config, $"""
            targets: [127.0.66.0/26]
            ports: "http:{fleet.Fleet.Port}"
            scan:
              timeout: 2s
            credentials:
              username: admin
              password_file: {fleet.PasswordFile}
              secrets_store: false
            locate:
              map: {fleet.MapPath}
            store:
              enabled: false
            """, token);

        var first = await RunAsync(temp, config, token);
        Assert.True(first.Exit == ExitCodes.ChangesFound, first.Error);
        Assert.Equal(LocationFleet.Count, first.Report.GetProperty("changes").GetProperty("bmcs").GetArrayLength());

        await fleet.MoveAsync(5, "leaf1", 30, token);
        var second = await RunAsync(temp, config, token);

        Assert.True(second.Exit == ExitCodes.ChangesFound, second.Error);
        var moved = Assert.Single(second.Report.GetProperty("changes").GetProperty("bmcs").EnumerateArray());
        Assert.Equal("changed", moved.GetProperty("kind").GetString());
        Assert.Contains(fleet.Fleet.Instances[5].Address.ToString(), moved.GetProperty("label").GetString(), StringComparison.Ordinal);
        var fields = moved.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => (f.GetProperty("before").GetString(), f.GetProperty("after").GetString()));
        Assert.Equal(("leaf1/Ethernet6", "leaf1/Ethernet30"), fields["switch_port"]);
        Assert.Equal(("x3000c0s6b0", "x3000c0s30b0"), fields["xname"]);
    }

    private static async Task<(int Exit, JsonElement Report, string Error)> RunAsync(TempDirectory temp, string config, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(
            ["run", "-f", config, "-o", "json", "--log-dir", temp.File("logs"), "--state-dir", temp.File("state")], output, error, cancellationToken);
        var text = output.ToString();
        return (exit, text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default, error.ToString());
    }
}
