using System.Net;
using System.Net.Sockets;
using Discovery.MockBmc;
using Discovery.Scanning.Probes;
using Discovery.Targets;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.Scanning.Tests;

/// <summary>The connect sweep: every address probed once, exactly the fleet found, the concurrency bound kept, cancellation prompt.</summary>
public sealed class ScannerSweepTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(512)]
    public async Task ScanAsync_RangeAroundFleet_FindsExactlyTheFleetAndRefusesTheRest(int concurrency)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], FirstAddress = IPAddress.Parse("127.0.12.10"), Count = 4 },
            ct);
        var request = new ScanRequest
        {
            Targets = Targets("127.0.12.0/25"),
            Ports = [new(fleet.Port, UseTls: false)],
            Concurrency = concurrency,
            Timeout = TimeSpan.FromSeconds(10),
        };

        var results = new List<ProbeResult>();
        await foreach (var result in new Scanner(TimeProvider.System).ScanAsync(request, ct))
        {
            results.Add(result);
        }

        Assert.Equal(128, results.Count);
        Assert.Equal(Enumerable.Range(0, 128).Select(i => $"127.0.12.{i}"), results.Select(r => r.Address.ToString()).Order(new AddressOrder()));
        Assert.Equal(["127.0.12.10", "127.0.12.11", "127.0.12.12", "127.0.12.13"], results.Where(r => r.IsBmc).Select(r => r.Address.ToString()).Order(new AddressOrder()));
        Assert.Equal(fleet.Instances.Select(i => i.ServiceUuid).Order(), results.Where(r => r.IsBmc).Select(r => r.ServiceRoot!.Uuid).Order());
        var refused = results.Where(r => !r.IsBmc).ToList();
        Assert.Equal(124, refused.Count);
        Assert.All(refused, r => Assert.Equal((ProbeOutcome.Closed, "TCP connect: ConnectionRefused", fleet.Port), (r.Outcome, r.Error, r.Port)));
    }

    [Fact]
    public async Task ScanAsync_HungPorts_NeverHoldMoreSocketsThanTheConcurrency()
    {
        var ct = TestContext.Current.CancellationToken;
        var address = IPAddress.Parse("127.0.13.1");
        await using var listeners = SilentListeners.Start(address, 10);
        var request = SilentRequest(address, listeners, concurrency: 3, TimeSpan.FromMilliseconds(200));

        var results = new List<ProbeResult>();
        await foreach (var result in new Scanner(TimeProvider.System).ScanAsync(request, ct))
        {
            results.Add(result);
        }

        Assert.Equal(10, results.Count);
        // Mostly "no answer to GET /redfish/v1/"; on a loaded machine a connect may see its 0.2 s run out first.
        Assert.All(results, r => Assert.Equal(ProbeOutcome.Timeout, r.Outcome));
        await Poll.UntilAsync(() => listeners.Accepted == 10, "ten connections accepted", ct);
        Assert.InRange(listeners.MostOpen, 1, 3);
        await Poll.UntilAsync(() => listeners.OpenNow() == 0, "every probe socket closed", ct);
    }

    [Fact]
    public async Task ScanAsync_Cancelled_StopsAndClosesEverySocket()
    {
        var ct = TestContext.Current.CancellationToken;
        var address = IPAddress.Parse("127.0.14.1");
        await using var listeners = SilentListeners.Start(address, 4);
        var request = SilentRequest(address, listeners, concurrency: 2, TimeSpan.FromMinutes(5));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var scan = Task.Run(
            async () =>
            {
                await foreach (var result in new Scanner(TimeProvider.System).ScanAsync(request, cancel.Token))
                {
                    Assert.Fail($"no probe can finish before the cancellation, yet {result.Address}:{result.Port} did");
                }
            },
            ct);
        await listeners.FirstAccept.WaitAsync(ct);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scan);
        await Poll.UntilAsync(() => listeners.OpenNow() == 0, "every probe socket closed", ct);
        Assert.InRange(listeners.Accepted, 1, 2);
    }

    [Fact]
    public async Task ScanAsync_ConnectNeverAnswered_IsKeptAsAConnectTimeoutBesideTheRefusedPort()
    {
        var ct = TestContext.Current.CancellationToken;
        var address = IPAddress.Parse("127.0.52.1");
        // A listener that never accepts, its queue filled: the kernel drops further SYNs, so a connect gets no answer.
        using var full = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        full.Bind(new IPEndPoint(address, 0));
        full.Listen(0);
        var fullPort = ((IPEndPoint)full.LocalEndPoint!).Port;
        var fillers = await FillAcceptQueueAsync(full.LocalEndPoint!, ct);
        var closedPort = FreePorts.Tcp(address);
        var request = new ScanRequest
        {
            Targets = TargetSet.Create([AddressRange.Single(address)], []),
            Ports = [new(fullPort, UseTls: false), new(closedPort, UseTls: false)],
            Concurrency = 4,
            Timeout = TimeSpan.FromMilliseconds(300),
        };

        var results = new List<ProbeResult>();
        await foreach (var result in new Scanner(TimeProvider.System).ScanAsync(request, ct))
        {
            results.Add(result);
        }

        Assert.Equal(
            [(fullPort, ProbeOutcome.Timeout, "no answer to TCP connect within 0.3 s"), (closedPort, ProbeOutcome.Closed, "TCP connect: ConnectionRefused")],
            results.OrderBy(r => r.Port == closedPort).Select(r => (r.Port, r.Outcome, r.Error)));
        Assert.True(results.Single(r => r.Port == fullPort).Latency >= TimeSpan.FromMilliseconds(290));
        fillers.ForEach(f => f.Dispose());
    }

    // Connects to a listener that never accepts until one gets no answer (its accept queue is full); returns them all.
    private static async Task<List<Socket>> FillAcceptQueueAsync(EndPoint endpoint, CancellationToken ct)
    {
        var sockets = new List<Socket>();
        for (var i = 0; i < 16; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            sockets.Add(socket);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(TimeSpan.FromMilliseconds(500));
            try
            {
                await socket.ConnectAsync(endpoint, limit.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return sockets;
            }
        }

        throw new InvalidOperationException("the listener's accept queue never filled");
    }

    // Every port of the listeners on one address, over plain HTTP (the GET is what never gets an answer).
    private static ScanRequest SilentRequest(IPAddress address, SilentListeners listeners, int concurrency, TimeSpan timeout) => new()
    {
        Targets = TargetSet.Create([AddressRange.Single(address)], []),
        Ports = [.. listeners.Ports.Select(p => new ScanPort(p, UseTls: false))],
        Concurrency = concurrency,
        Timeout = timeout,
    };

    private static TargetSet Targets(string text)
    {
        Assert.True(TargetParser.TryParse(text, TargetSource.Argument, out var spec, out _));
        return TargetSet.Create([spec.Range!.Value], []);
    }

    private sealed class AddressOrder : IComparer<string>
    {
        public int Compare(string? x, string? y) =>
            AddressRange.ToNumber(IPAddress.Parse(x!)).CompareTo(AddressRange.ToNumber(IPAddress.Parse(y!)));
    }
}
