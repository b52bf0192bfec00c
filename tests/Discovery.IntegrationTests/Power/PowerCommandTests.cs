using System.Text.Json;
using Discovery.Cli;
using Discovery.MockBmc;

namespace Discovery.IntegrationTests.Power;

/// <summary><c>discover power</c> in process against a collected TLS fleet (issue 15).</summary>
public sealed class PowerCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PowerOff_Group_ResetsEachMemberOnceWithOneSessionAndReportsOff()
    {
        await using var power = await PowerFleet.StartAsync(3, TimeSpan.FromMilliseconds(200), null, Token);
        var members = power.ByXname.Keys.Order(StringComparer.Ordinal).Take(2).ToArray();
        await power.ApplyGroupAsync("pair", members, Token);
        var sessionsBefore = power.Fleet.Instances.ToDictionary(i => i.Index, i => i.Counters.SessionsCreated);

        var (exit, output, error) = await PowerFleet.RunAsync(Token, ["power", "off", "--group", "pair", "-o", "json", "--poll-interval", "20ms", .. power.Common]);

        Assert.True(exit == ExitCodes.Ok, error);
        using var rows = JsonDocument.Parse(output);
        Assert.Equal(members, rows.RootElement.EnumerateArray().Select(r => r.GetProperty("node").GetString()).Order(StringComparer.Ordinal));
        Assert.All(rows.RootElement.EnumerateArray(), r =>
        {
            Assert.Equal("ok", r.GetProperty("status").GetString());
            Assert.Equal("Off", r.GetProperty("power_state").GetString());
            Assert.Equal(["ForceOff"], r.GetProperty("reset_types").EnumerateArray().Select(t => t.GetString()));
        });
        foreach (var (xname, instance) in power.ByXname)
        {
            var member = members.Contains(xname);
            Assert.Equal(member ? 1 : 0, instance.Counters.Resets);
            Assert.Equal(member ? 1 : 0, instance.Counters.SessionsCreated - sessionsBefore[instance.Index]);
            Assert.Equal(0, instance.Counters.OpenSessions);
        }

        Assert.DoesNotContain(PowerFleet.Password, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PowerStatus_WithPin_PinsTheBmcsItMetForLaterRuns()
    {
        await using var power = await PowerFleet.StartAsync(2, TimeSpan.Zero, null, Token);
        var pinFile = power.Temp.File(Discovery.Redfish.Tls.TlsOptions.PinFileName);
        Assert.False(File.Exists(pinFile));

        var (exit, _, error) = await PowerFleet.RunAsync(Token, ["power", "status", .. power.ByXname.Keys, "--pin", .. power.Common]);

        Assert.True(exit == ExitCodes.Ok, error);
        var pins = await Discovery.Redfish.Tls.CertificatePinStore.LoadAsync(pinFile, Token);
        Assert.All(power.Fleet.Instances, i => Assert.Matches("^[0-9A-F]{64}$", pins.Get($"{i.Address}:{i.BaseUri.Port}") ?? ""));
        // Issue 13 item 15: each instance has a certificate of its own, so each BMC is pinned to a different fingerprint.
        Assert.Equal(power.Fleet.Instances.Count, power.Fleet.Instances.Select(i => pins.Get($"{i.Address}:{i.BaseUri.Port}")).Distinct().Count());
    }

    [Fact]
    public async Task PowerStatus_Group_ShowsEachNodesStateInOneTable()
    {
        await using var power = await PowerFleet.StartAsync(2, TimeSpan.Zero, null, Token);
        var (off, _) = power.ByXname.First();
        await power.ApplyGroupAsync("all", power.ByXname.Keys, Token);
        Assert.Equal(ExitCodes.Ok, (await PowerFleet.RunAsync(Token, ["power", "off", off, .. power.Common])).Exit);

        var (exit, output, error) = await PowerFleet.RunAsync(Token, ["power", "status", "--group", "all", "-o", "table", .. power.Common]);

        Assert.True(exit == ExitCodes.Ok, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("NODE", lines[0].TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains(off, StringComparison.Ordinal) && l.Contains(" Off ", StringComparison.Ordinal));
        Assert.Contains(lines, l => !l.Contains(off, StringComparison.Ordinal) && l.Contains(" On ", StringComparison.Ordinal));
        Assert.All(power.Fleet.Instances, i => Assert.Equal(i.Address.ToString() == power.ByXname[off].Address.ToString() ? 1 : 0, i.Counters.Resets));
    }

    [Fact]
    public async Task PowerOff_BmcThatNeverChangesState_TimesOutWithMessageOthersOk()
    {
        await using var power = await PowerFleet.StartAsync(2, TimeSpan.Zero, new Dictionary<int, MockFaults> { [1] = new() { PowerStuck = true } }, Token);
        var stuck = power.ByXname.Single(p => p.Value.Index == 1).Key;

        var (exit, output, _) = await PowerFleet.RunAsync(Token, ["power", "off", .. power.ByXname.Keys, "-o", "json", "--timeout", "1s", "--poll-interval", "20ms", .. power.Common]);

        Assert.Equal(ExitCodes.SomeTargetsFailed, exit);
        using var rows = JsonDocument.Parse(output);
        var byNode = rows.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("node").GetString()!, r => r.Clone());
        Assert.Equal("timed_out", byNode[stuck].GetProperty("status").GetString());
        Assert.Contains("is 'On', not 'Off'", byNode[stuck].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok", byNode.Single(p => p.Key != stuck).Value.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("explode", "ACTION 'explode' is not one of")]
    [InlineData("status", "name the nodes")]
    public async Task Power_BadInput_ExitsTwoNamingIt(string action, string message)
    {
        var (exit, _, error) = await PowerFleet.RunAsync(Token, "power", action);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Power_UnknownNode_ExitsTwoNamingIt()
    {
        await using var power = await PowerFleet.StartAsync(1, TimeSpan.Zero, null, Token);

        var (exit, _, error) = await PowerFleet.RunAsync(Token, ["power", "on", "x9999c0s0b0n0", .. power.Common]);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("no node 'x9999c0s0b0n0'", error, StringComparison.Ordinal);
    }
}
