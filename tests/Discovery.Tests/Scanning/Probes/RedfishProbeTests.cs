using System.Net;
using Discovery.MockBmc;
using Discovery.Scanning.Probes;
using Discovery.Testing.Mockups;

using Discovery.Scanning.Tests;

namespace Discovery.Scanning.Probes.Tests;

public sealed class RedfishProbeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task ProbeAsync_TlsMockBmc_FindsBmcAndRecordsCertificate()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fleet = await StartAsync("127.0.5.2", tls: true, MockFaults.None, ct);
        var instance = fleet.Instances[0];
        using var probe = new RedfishProbe(TimeProvider.System);

        var result = await probe.ProbeAsync(instance.Address, new ScanPort(fleet.Port), Timeout, ct);

        Assert.Equal(ProbeOutcome.Bmc, result.Outcome);
        Assert.Equal(instance.ServiceUuid, result.ServiceRoot!.Uuid);
        Assert.Equal("https", result.Scheme);
        Assert.Matches("^[0-9a-f]{64}$", result.TlsFingerprint);
        Assert.Null(result.Error);
        Assert.True(result.Latency > TimeSpan.Zero);
    }

    [Fact]
    public async Task ProbeAsync_HttpMockBmc_FindsBmcWithoutFingerprint()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fleet = await StartAsync("127.0.5.3", tls: false, MockFaults.None, ct);
        using var probe = new RedfishProbe(TimeProvider.System);

        var result = await probe.ProbeAsync(fleet.Instances[0].Address, new ScanPort(fleet.Port, UseTls: false), Timeout, ct);

        Assert.True(result.IsBmc, result.Error);
        Assert.Equal(fleet.Instances[0].ServiceUuid, result.ServiceRoot!.Uuid);
        Assert.Null(result.TlsFingerprint);
    }

    [Fact]
    public async Task ProbeAsync_TlsAgainstPlainHttp_IsTlsFailed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fleet = await StartAsync("127.0.5.4", tls: false, MockFaults.None, ct);
        using var probe = new RedfishProbe(TimeProvider.System);

        var result = await probe.ProbeAsync(fleet.Instances[0].Address, new ScanPort(fleet.Port, UseTls: true), Timeout, ct);

        Assert.Equal(ProbeOutcome.TlsFailed, result.Outcome);
        Assert.StartsWith("TLS handshake failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_HungBmc_TimesOutAsNotBmc()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fleet = await StartAsync("127.0.5.5", tls: true, new MockFaults { Hang = true }, ct);
        using var probe = new RedfishProbe(TimeProvider.System);

        var result = await probe.ProbeAsync(fleet.Instances[0].Address, new ScanPort(fleet.Port), TimeSpan.FromMilliseconds(300), ct);

        Assert.Equal(ProbeOutcome.Timeout, result.Outcome);
        Assert.Equal("no answer to TLS handshake within 0.3 s", result.Error);
    }

    [Fact]
    public async Task ProbeAsync_HtmlServer_IsNotRedfish()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await HtmlServer.StartAsync(IPAddress.Parse("127.0.5.6"), 0, ct);
        using var probe = new RedfishProbe(TimeProvider.System);

        var result = await probe.ProbeAsync(IPAddress.Parse("127.0.5.6"), new ScanPort(server.Port, UseTls: false), Timeout, ct);

        Assert.Equal(ProbeOutcome.NotRedfish, result.Outcome);
        Assert.Equal("answer is not a Redfish ServiceRoot", result.Error);
    }

    [Fact]
    public async Task ProbeAsync_IPv6Loopback_SpeaksHttpOverIPv6()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await HtmlServer.StartAsync(IPAddress.IPv6Loopback, 0, ct);
        using var probe = new RedfishProbe(TimeProvider.System);

        var result = await probe.ProbeAsync(IPAddress.IPv6Loopback, new ScanPort(server.Port, UseTls: false), Timeout, ct);

        Assert.Equal(ProbeOutcome.NotRedfish, result.Outcome);
        Assert.Equal(IPAddress.IPv6Loopback, result.Address);
    }

    [Fact]
    public async Task ProbeAsync_ClosedPort_IsClosed()
    {
        var ct = TestContext.Current.CancellationToken;
        var address = IPAddress.Parse("127.0.5.7");
        using var probe = new RedfishProbe(TimeProvider.System);

        var result = await probe.ProbeAsync(address, new ScanPort(FreePorts.Tcp(address)), Timeout, ct);

        Assert.Equal(ProbeOutcome.Closed, result.Outcome);
        Assert.Equal("TCP connect: ConnectionRefused", result.Error);
    }

    private static Task<MockFleet> StartAsync(string address, bool tls, MockFaults faults, CancellationToken ct) =>
        MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [MockupPaths.Project("minimal")],
                FirstAddress = IPAddress.Parse(address),
                Tls = tls,
                Faults = faults,
            },
            ct);
}
