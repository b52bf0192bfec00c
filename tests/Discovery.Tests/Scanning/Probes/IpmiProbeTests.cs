using System.Net;
using Discovery.MockBmc;
using Discovery.Scanning.Probes;
using Discovery.Testing.Mockups;

using Discovery.Scanning.Tests;

namespace Discovery.Scanning.Probes.Tests;

public sealed class IpmiProbeTests
{
    [Fact]
    public void CreatePing_IsTheAsfPresencePing()
    {
        Assert.Equal(
            new byte[] { 0x06, 0x00, 0xFF, 0x06, 0x00, 0x00, 0x11, 0xBE, 0x80, 0x07, 0x00, 0x00 },
            IpmiProbe.CreatePing(0x07));
    }

    [Fact]
    public void IsPong_PingIsNotAPong()
    {
        Assert.False(IpmiProbe.IsPong(IpmiProbe.CreatePing(1)));
        Assert.True(IpmiProbe.IsPong([0x06, 0x00, 0xFF, 0x06, 0x00, 0x00, 0x11, 0xBE, 0x40, 0x01, 0x00, 0x10, 0, 0, 0x11, 0xBE, 0, 0, 0, 0, 0x81, 0, 0, 0, 0, 0, 0, 0]));
    }

    [Fact]
    public async Task ProbeAsync_MockBmcAnswering_IsAnswered()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], FirstAddress = IPAddress.Parse("127.0.3.2"), IpmiPort = 0 }, ct);
        var instance = fleet.Instances[0];

        var result = await new IpmiProbe(TimeProvider.System).ProbeAsync(instance.Address, instance.IpmiPort!.Value, TimeSpan.FromSeconds(5), ct);

        Assert.Equal(ProbeOutcome.Answered, result.Outcome);
        Assert.Equal(ProbeKind.Ipmi, result.Kind);
        Assert.Null(result.Error);
    }

    [Fact]
    public async Task ProbeAsync_NothingListening_IsClosedOrTimeoutNotAnswered()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreePorts.Udp(IPAddress.Parse("127.0.3.9"));

        var result = await new IpmiProbe(TimeProvider.System).ProbeAsync(IPAddress.Parse("127.0.3.9"), port, TimeSpan.FromSeconds(1), ct);

        // Loopback answers ICMP port unreachable, so the probe learns "closed" without waiting for the timeout.
        Assert.Equal(ProbeOutcome.Closed, result.Outcome);
    }
}
