using System.Net;
using Discovery.Targets;
using Discovery.MockBmc;
using Discovery.Scanning.Probes;
using Discovery.Testing.Logging;
using Discovery.Testing.Mockups;

namespace Discovery.Scanning.Tests;

public sealed class ScannerTests
{
    [Fact]
    public async Task ScanAsync_FleetInRange_YieldsOneResultPerAddressAndPortAndLogsThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fleet = await StartAsync("127.0.6.2", 5, ssdpPort: null, ipmiPort: null, ct);
        var closedPort = FreePorts.Tcp(IPAddress.Parse("127.0.6.1"));
        var request = new ScanRequest
        {
            Targets = Targets("127.0.6.0/28"),
            Ports = [new(fleet.Port, UseTls: false), new(closedPort, UseTls: false)],
            Concurrency = 4,
            Timeout = TimeSpan.FromSeconds(5),
        };

        var results = new List<ProbeResult>();
        using var log = new LogCapture();
        await foreach (var result in new Scanner(TimeProvider.System, log.CreateLogger<Scanner>()).ScanAsync(request, ct))
        {
            results.Add(result);
        }

        Assert.Equal(32, results.Count);
        Assert.Equal(32, results.Select(r => (r.Address, r.Port)).Distinct().Count());
        var bmcs = results.Where(r => r.IsBmc).ToList();
        Assert.Equal(fleet.Instances.Select(i => i.ServiceUuid).Order(), bmcs.Select(b => b.ServiceRoot!.Uuid).Order());
        Assert.All(bmcs, b => Assert.Equal(fleet.Port, b.Port));
        Assert.Equal(32UL, Scanner.CountProbes(request));
        Assert.Equal(32UL, Assert.Single(log.Events(ScanningEventIds.ScanStarted)).Value("ProbeCount"));
        Assert.Equal(bmcs.Select(b => b.ServiceRoot!.Uuid).Order(), log.Events(ScanningEventIds.BmcFound).Select(e => (string?)e.Value("Uuid")).Order());
        Assert.Equal(27, log.Events(ScanningEventIds.ProbeFailed).Count);
        var finished = Assert.Single(log.Events(ScanningEventIds.ScanFinished));
        Assert.Equal((32L, 5L), ((long)finished.Value("ProbeCount")!, (long)finished.Value("BmcAnswerCount")!));
    }

    [Fact]
    public async Task RunAsync_SsdpAndIpmi_MergeIntoOneBmcEach()
    {
        var ct = TestContext.Current.CancellationToken;
        var ssdpPort = FreePorts.Udp(IPAddress.Parse("127.0.7.2"));
        var ipmiPort = FreePorts.Udp(IPAddress.Parse("127.0.7.2"));
        await using var fleet = await StartAsync("127.0.7.2", 3, ssdpPort, ipmiPort, ct);
        var request = new ScanRequest
        {
            Targets = Targets("127.0.7.1-5"),
            Ports = [new(fleet.Port, UseTls: false)],
            Timeout = TimeSpan.FromSeconds(5),
            Ssdp = true,
            SsdpPort = ssdpPort,
            Ipmi = true,
            IpmiPort = ipmiPort,
        };

        var seen = 0;
        using var log = new LogCapture();
        var report = await new Scanner(TimeProvider.System, log.CreateLogger<Scanner>()).RunAsync(request, (_, _) => { seen++; return ValueTask.CompletedTask; }, ct);

        Assert.Equal(15, seen);
        Assert.Equal(15, report.ProbeCount);
        Assert.Equal(3, report.Bmcs.Count);
        Assert.All(report.Bmcs, b => Assert.Equal(["redfish", "ssdp"], b.FoundBy));
        Assert.All(report.Bmcs, b => Assert.True(b.AnswersIpmi));
        Assert.Equal(["127.0.7.2", "127.0.7.3", "127.0.7.4"], report.Bmcs.Select(b => b.Address));
        Assert.Empty(report.IpmiOnly);
        // SSDP answers on UDP 1900-ish, but the BMC it found is at the Redfish port its AL names.
        Assert.All(log.Events(ScanningEventIds.BmcFound), e => Assert.Equal(fleet.Port, e.Value("Port")));
        Assert.Equal(6, log.Events(ScanningEventIds.BmcFound).Count);
    }

    [Fact]
    public async Task RunAsync_SsdpOnly_FindsBmcAtItsAnnouncedPort()
    {
        var ct = TestContext.Current.CancellationToken;
        var ssdpPort = FreePorts.Udp(IPAddress.Parse("127.0.8.2"));
        await using var fleet = await StartAsync("127.0.8.2", 2, ssdpPort, ipmiPort: null, ct);
        var request = new ScanRequest
        {
            Targets = Targets("127.0.8.2-3"),
            Ports = [new(FreePorts.Tcp(IPAddress.Parse("127.0.8.2")), UseTls: false)],
            Timeout = TimeSpan.FromSeconds(5),
            Ssdp = true,
            SsdpPort = ssdpPort,
        };

        var report = await new Scanner(TimeProvider.System).RunAsync(request, null, ct);

        Assert.Equal(2, report.Bmcs.Count);
        Assert.All(report.Bmcs, b => Assert.Equal(["ssdp"], b.FoundBy));
        Assert.All(report.Bmcs, b => Assert.Equal(fleet.Port, b.Port));
        Assert.Equal(fleet.Instances.Select(i => i.ServiceUuid).Order(), report.Bmcs.Select(b => b.Uuid).Order());
    }

    [Fact]
    public async Task RunAsync_HungRedfishAnsweringIpmi_IsListedAsIpmiOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var ipmiPort = FreePorts.Udp(IPAddress.Parse("127.0.9.2"));
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [MockupPaths.Project("minimal")],
                FirstAddress = IPAddress.Parse("127.0.9.2"),
                Count = 2,
                IpmiPort = ipmiPort,
                InstanceFaults = new Dictionary<int, MockFaults> { [1] = new() { Hang = true } },
            },
            ct);
        var request = new ScanRequest
        {
            Targets = Targets("127.0.9.2-3"),
            Ports = [new(fleet.Port, UseTls: false)],
            // Long enough for the healthy BMC on a loaded 2-core machine; the hung one costs exactly this.
            Timeout = TimeSpan.FromSeconds(2),
            Ipmi = true,
            IpmiPort = ipmiPort,
        };

        var report = await new Scanner(TimeProvider.System).RunAsync(request, null, ct);

        Assert.Equal("127.0.9.2", Assert.Single(report.Bmcs).Address);
        Assert.Equal(["127.0.9.3"], report.IpmiOnly);
        Assert.Equal(1, report.Outcomes["Timeout"]);
    }

    [Fact]
    public async Task ScanAsync_BadConcurrency_Throws()
    {
        var request = new ScanRequest { Targets = Targets("127.0.0.1"), Concurrency = 0 };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            async () => await new Scanner(TimeProvider.System).RunAsync(request, null, TestContext.Current.CancellationToken));
    }

    private static TargetSet Targets(string text)
    {
        Assert.True(TargetParser.TryParse(text, TargetSource.Argument, out var spec, out _));
        return TargetSet.Create([spec.Range!.Value], []);
    }

    private static Task<MockFleet> StartAsync(string first, int count, int? ssdpPort, int? ipmiPort, CancellationToken ct) =>
        MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [MockupPaths.Project("minimal"), MockupPaths.Project("multi-system")],
                FirstAddress = IPAddress.Parse(first),
                Count = count,
                SsdpPort = ssdpPort,
                IpmiPort = ipmiPort,
            },
            ct);
}
