using System.Text;
using Discovery.Locate;
using Discovery.Locate.Snmp;
using Discovery.Testing;
using Discovery.Testing.Snmp;

namespace Discovery.IntegrationTests.Locate;

/// <summary>
/// Issue 16: one switch's walk against snmpsim. A switch without Q-BRIDGE rows is read from BRIDGE-MIB's
/// dot1dTpFdbPort (no VLAN); a Q-BRIDGE switch keeps its VLANs; both map bridge ports to ifName through
/// dot1dBasePortIfIndex and read their LLDP neighbours.
/// </summary>
public sealed class SwitchWalkerTests
{
    private const string Mac = "52:54:00:aa:00:07";

    [Fact]
    public async Task WalkAsync_BridgeMibOnlySwitch_FallsBackToDot1dWithoutVlansAndReadsLldp()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var data = Directory.CreateDirectory(temp.File("snmprec")).FullName;
        new SwitchRecording("old", ports: 8) { BridgeMibOnly = true }.Learn(Mac, 7, 10).Learn("52:54:00:aa:00:08", 8, 10).Neighbour(8, "spine1").WriteTo(data);
        new SwitchRecording("new", ports: 8).Learn(Mac, 7, 30).Neighbour(8, "spine1").WriteTo(data);
        await using var agent = await SnmpAgentProcess.StartSnmpsimAsync(data, temp.File("cache"), [], token);

        var old = await WalkAsync(agent, "old", token);
        var current = await WalkAsync(agent, "new", token);

        Assert.Equal(("dot1dTpFdbPort", (string?)null), (old.Source, old.Error));
        Assert.Equal(
            [new FdbEntry(Mac, null, 7, 1007, "Ethernet7"), new FdbEntry("52:54:00:aa:00:08", null, 8, 1008, "Ethernet8")],
            old.Entries.OrderBy(e => e.BridgePort));
        Assert.Equal(new Dictionary<int, string> { [8] = "spine1" }, old.Neighbours);
        Assert.Equal("dot1qTpFdbPort", current.Source);
        Assert.Equal([new FdbEntry(Mac, 30, 7, 1007, "Ethernet7")], current.Entries);
        Assert.Equal(new Dictionary<int, string> { [8] = "spine1" }, current.Neighbours);
    }

    private static async Task<SwitchTable> WalkAsync(SnmpAgentProcess agent, string community, CancellationToken token)
    {
        using var client = new SnmpClient(new SnmpEndpoint(agent.EndPoint, TimeSpan.FromSeconds(5), 1), new CommunitySecurity(Encoding.UTF8.GetBytes(community)), TimeProvider.System);
        return await SwitchWalker.WalkAsync(community, client, token);
    }
}
