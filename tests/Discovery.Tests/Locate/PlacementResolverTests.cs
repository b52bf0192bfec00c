using System.Net;
using Discovery.Locate.Map;
using Discovery.Records.Xnames;

namespace Discovery.Locate.Tests;

/// <summary>
/// Issue 16's uplink rules, one at a time: a port is an uplink when the map names it, when it carries more MACs than
/// the threshold, or when LLDP shows another switch of the map behind it; a MAC seen on an edge port and on uplinks
/// is placed at its edge port, and one on two edge ports is ambiguous, never guessed.
/// </summary>
public sealed class PlacementResolverTests
{
    private const string Bmc = "02:00:00:00:00:01";

    [Fact]
    public void Resolve_MacOnAnEdgePortAndOnAnotherSwitchsLldpUplink_PlacedAtTheEdgePort()
    {
        // leaf2 learnt the BMC on port 48 too, where LLDP sees leaf1: neither the map nor the MAC count makes it an uplink.
        var leaf1 = Table("leaf1", [Entry(Bmc, 7)]);
        var leaf2 = Table("leaf2", [Entry(Bmc, 48)], new Dictionary<int, string> { [48] = "leaf1" });

        var placed = PlacementResolver.Resolve(Map(Switch("leaf1", (7, "x3000c0s7b0")), Switch("leaf2", (48, "x3000c0s48b0"))), [leaf1, leaf2], uplinkMacThreshold: 4)[Bmc];

        Assert.Equal((PlacementStatus.Placed, "leaf1", "Ethernet7", "x3000c0s7b0"), (placed.Status, placed.Switch, placed.Port, placed.Xname));
        Assert.Equal(["leaf1/Ethernet7", "leaf2/Ethernet48 (uplink)"], placed.SeenOn);
    }

    [Fact]
    public void Resolve_LldpNeighbourThatIsNoSwitchOfTheMap_LeavesThePortAnEdge()
    {
        // A server's LLDP agent behind port 7 is no switch: the port stays an edge port.
        var leaf1 = Table("leaf1", [Entry(Bmc, 7)], new Dictionary<int, string> { [7] = "node7.example" });

        var placed = PlacementResolver.Resolve(Map(Switch("leaf1", (7, "x3000c0s7b0"))), [leaf1], uplinkMacThreshold: 4)[Bmc];

        Assert.Equal((PlacementStatus.Placed, "x3000c0s7b0"), (placed.Status, placed.Xname));
    }

    [Fact]
    public void Resolve_PortWithMoreMacsThanTheThreshold_IsAnUplink_AtTheThresholdAnEdge()
    {
        string[] crowd = ["02:00:00:00:01:01", "02:00:00:00:01:02", "02:00:00:00:01:03"];
        var atThreshold = Table("leaf1", [.. crowd.Take(2).Select(m => Entry(m, 9))]);
        var over = Table("leaf1", [.. crowd.Select(m => Entry(m, 9))]);
        var map = Map(Switch("leaf1", (9, "x3000c0s9b0")));

        var edge = PlacementResolver.Resolve(map, [atThreshold], uplinkMacThreshold: 2);
        var uplink = PlacementResolver.Resolve(map, [over], uplinkMacThreshold: 2);

        Assert.All(edge.Values, l => Assert.Equal((PlacementStatus.Placed, "x3000c0s9b0"), (l.Status, l.Xname)));
        Assert.All(uplink.Values, l => Assert.Equal(PlacementStatus.UplinkOnly, l.Status));
        Assert.Equal(["leaf1/Ethernet9 (uplink)"], uplink[crowd[0]].SeenOn);
    }

    [Fact]
    public void Resolve_MacOnTwoEdgePorts_IsAmbiguousWithBothPorts()
    {
        var leaf1 = Table("leaf1", [Entry(Bmc, 7)]);
        var leaf2 = Table("leaf2", [Entry(Bmc, 8)]);

        var placed = PlacementResolver.Resolve(Map(Switch("leaf1", (7, "x3000c0s7b0")), Switch("leaf2", (8, "x3000c0s8b0"))), [leaf1, leaf2], uplinkMacThreshold: 4)[Bmc];

        Assert.Equal((PlacementStatus.Ambiguous, (string?)null), (placed.Status, placed.Xname));
        Assert.Equal(["leaf1/Ethernet7", "leaf2/Ethernet8"], placed.SeenOn);
    }

    [Fact]
    public void Resolve_BridgeMibEntryWithoutIfName_PlacedByTheBridgePortNumberWithoutVlan()
    {
        // The BRIDGE-MIB fallback has no VLAN; a switch without ifName is mapped by port number.
        var leaf1 = new SwitchTable("leaf1", [new FdbEntry(Bmc, null, 5, null, null)], new Dictionary<int, string>(), "dot1dTpFdbPort", null);
        var map = Map(Switch("leaf1") with { Ports = new Dictionary<string, Xname>(StringComparer.OrdinalIgnoreCase) { ["5"] = Xname.Parse("x3000c0s5b0") } });

        var placed = PlacementResolver.Resolve(map, [leaf1], uplinkMacThreshold: 4)[Bmc];

        Assert.Equal((PlacementStatus.Placed, "5", (int?)null, "x3000c0s5b0"), (placed.Status, placed.Port, placed.Vlan, placed.Xname));
    }

    private static FdbEntry Entry(string mac, int port) => new(mac, 10, port, 1000 + port, $"Ethernet{port}");

    private static SwitchTable Table(string name, IReadOnlyList<FdbEntry> entries, Dictionary<int, string>? neighbours = null) =>
        new(name, entries, neighbours ?? [], "dot1qTpFdbPort", null);

    private static SwitchConfig Switch(string name, params (int Port, string Xname)[] ports) => new()
    {
        Name = name,
        Agent = new IPEndPoint(IPAddress.Loopback, 161),
        Credentials = new SecretReference(true, "/dev/null", "map.yaml:1"),
        Ports = ports.ToDictionary(p => $"Ethernet{p.Port}", p => Xname.Parse(p.Xname), StringComparer.OrdinalIgnoreCase),
    };

    private static LocationMap Map(params SwitchConfig[] switches) => new("map.yaml", switches);
}
