using Discovery.Locate;

namespace Discovery.Tests.Locate;

public sealed class PortOrderTests
{
    [Fact]
    public void Compare_DigitRuns_CompareAsNumbers()
    {
        string?[] ports = ["Ethernet10", null, "Ethernet2", "Eth1/10", "Eth1/9", "Ethernet2"];

        var sorted = ports.Order(PortOrder.Instance).ToList();

        Assert.Equal(["Eth1/9", "Eth1/10", "Ethernet2", "Ethernet2", "Ethernet10", null], sorted);
    }

    [Fact]
    public void Compare_APrefix_ComesFirst()
    {
        Assert.True(PortOrder.Instance.Compare("ge-0/0/1", "ge-0/0/1.0") < 0);
        Assert.Equal(0, PortOrder.Instance.Compare(null, null));
    }

    [Fact]
    public void Listed_OrdersBySwitchPortAndMac_AndLeavesOutUplinkOnlyUnlessAsked()
    {
        MacLocation[] locations =
        [
            new() { Mac = "aa:00:00:00:00:03", Switch = "sw1", Port = "Ethernet10", Status = PlacementStatus.Placed },
            new() { Mac = "aa:00:00:00:00:02", Switch = "sw1", Port = "Ethernet2", Status = PlacementStatus.Placed },
            new() { Mac = "aa:00:00:00:00:01", Status = PlacementStatus.NotSeen },
            new() { Mac = "aa:00:00:00:00:04", Switch = "sw1", Port = "Ethernet48", Status = PlacementStatus.UplinkOnly },
        ];
        var report = new LocateReport([], locations.ToDictionary(l => l.Mac));

        Assert.Equal(["aa:00:00:00:00:02", "aa:00:00:00:00:03", "aa:00:00:00:00:01"], report.Listed(withUplinkOnly: false).Select(l => l.Mac));
        Assert.Equal(4, report.Listed(withUplinkOnly: true).Count);
    }
}
