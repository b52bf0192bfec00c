using System.Text.Json;
using Discovery.Cli;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Locate;

/// <summary><c>discover locate</c> against two snmpsim switches (issue 16): v2c and v3, uplinks, per-switch errors.</summary>
public sealed class LocateCommandTests
{
    [Fact]
    public async Task Locate_TwoSwitches_PrintsEveryBmcMacWithItsPortAndXname()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await LocationFleet.StartAsync(temp, "127.0.62.2", token);

        var (exit, output, error) = await LocateAsync(temp, fleet, ["-o", "json"], token);

        Assert.True(exit == ExitCodes.Ok, error);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("mac").GetString()!);
        for (var i = 0; i < LocationFleet.Count - 1; i++)
        {
            var row = rows[fleet.Fleet.Instances[i].ManagerMac!];
            Assert.Equal(("placed", fleet.ExpectedXname(i), 10), (row.GetProperty("status").GetString(), row.GetProperty("xname").GetString(), row.GetProperty("vlan").GetInt32()));
            Assert.Equal(i < 20 ? "leaf1" : "leaf2", row.GetProperty("switch").GetString());
        }

        // The BMC seen only on the uplinks is not printed unless --all; host MACs in VLAN 20 are placed on the same ports.
        Assert.False(rows.ContainsKey(fleet.Fleet.Instances[39].ManagerMac!));
        Assert.Equal((LocationFleet.Count - 1) * 2, rows.Count);
        var all = await LocateAsync(temp, fleet, ["-o", "json", "--all"], token);
        var uplinkOnly = JsonDocument.Parse(all.Output).RootElement.EnumerateArray().Single(r => r.GetProperty("mac").GetString() == fleet.Fleet.Instances[39].ManagerMac);
        Assert.Equal("uplink_only", uplinkOnly.GetProperty("status").GetString());
        Assert.Equal(["leaf1/Ethernet48 (uplink)", "leaf2/Ethernet48 (uplink)"], uplinkOnly.GetProperty("seen_on").EnumerateArray().Select(e => e.GetString()).Order());
    }

    [Fact]
    public async Task Locate_WrongCommunity_IsAClearErrorForThatSwitchAndTheOtherStillMaps()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await LocationFleet.StartAsync(temp, "127.0.63.2", token);
        await fleet.WriteSecretsAsync("not-the-community", LocationFleet.V3Auth, token);

        var (exit, output, error) = await LocateAsync(temp, fleet, ["-o", "json"], token);

        Assert.Equal(ExitCodes.SomeTargetsFailed, exit);
        Assert.Contains("discover: switch leaf1: 127.0.0.1:", error, StringComparison.Ordinal);
        Assert.Contains("(v2c)", error, StringComparison.Ordinal);
        Assert.Contains("wrong community", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-community", error + output, StringComparison.Ordinal);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(19, rows.Count(r => r.GetProperty("switch").GetString() == "leaf2" && r.GetProperty("vlan").GetInt32() == 10));
        Assert.DoesNotContain(rows, r => r.GetProperty("switch").GetString() == "leaf1");
    }

    [Fact]
    public async Task Locate_WrongV3Password_IsAClearErrorForThatSwitchAndTheOtherStillMaps()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await LocationFleet.StartAsync(temp, "127.0.64.2", token);
        await fleet.WriteSecretsAsync(LocationFleet.Community, "a-wrong-v3-password", token);

        var (exit, output, error) = await LocateAsync(temp, fleet, ["-o", "json"], token);

        Assert.Equal(ExitCodes.SomeTargetsFailed, exit);
        Assert.Contains("discover: switch leaf2: 127.0.0.1:", error, StringComparison.Ordinal);
        Assert.Contains("v3 user ops", error, StringComparison.Ordinal);
        Assert.Contains("password", error, StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-v3-password", error + output, StringComparison.Ordinal);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(20, rows.Count(r => r.GetProperty("switch").GetString() == "leaf1" && r.GetProperty("vlan").GetInt32() == 10));
    }

    [Fact]
    public async Task Locate_BadMap_ExitsTwoNamingFileAndLine()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var map = temp.File("bad.yaml");
        await File.WriteAllTextAsync(map, """
            switches:
              - name: leaf1
                address: not-an-ip
                community: public
                credentials: file:c
                ports:
                  Ethernet1: x3000c0s1
            """, token);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await DiscoverApp.RunAsync(["locate", "--location-map", map, "--no-secrets-store"], output, error, token);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{map}:3: address 'not-an-ip' is not an IP address", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{map}:4: a community does not belong in the map", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{map}:7: port 'Ethernet1'", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("public", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> LocateAsync(TempDirectory temp, LocationFleet fleet, string[] extra, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(
            ["locate", "--location-map", fleet.MapPath, "--no-secrets-store", "--state-dir", temp.Path, .. extra], output, error, cancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
