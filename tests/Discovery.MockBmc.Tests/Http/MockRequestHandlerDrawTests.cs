using System.Net;
using Discovery.MockBmc.Http;
using Discovery.MockBmc.Mockups;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests.Http;

/// <summary>The seeded draw of jitter and injected errors (MockRequestHandler.Draw), without sockets or clocks.</summary>
public sealed class MockRequestHandlerDrawTests
{
    [Fact]
    public void Draw_Jitter_StaysWithinLatencyPlusJitterAndVaries()
    {
        var handler = Handler(seed: 3);
        var faults = new MockFaults { Latency = TimeSpan.FromMilliseconds(100), Jitter = TimeSpan.FromMilliseconds(50) };

        var delays = Enumerable.Range(0, 200).Select(_ => handler.Draw(faults, "/redfish/v1/systems").Delay).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(150)));
        Assert.True(delays.Distinct().Count() > 150);
        Assert.True(delays.Max() - delays.Min() > TimeSpan.FromMilliseconds(40));
    }

    [Fact]
    public void Draw_SameSeedAndIndex_SameSequence_OtherSeedDiffers()
    {
        var faults = new MockFaults { Jitter = TimeSpan.FromMilliseconds(10), ErrorRate = 0.3 };

        var a = Sequence(Handler(seed: 11), faults);
        var b = Sequence(Handler(seed: 11), faults);
        var c = Sequence(Handler(seed: 12), faults);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Draw_ErrorRate_FailsAboutThatShareAndNeverTheRoot()
    {
        var handler = Handler(seed: 1);
        var faults = new MockFaults { ErrorRate = 0.25 };

        var failures = Enumerable.Range(0, 4000).Count(_ => handler.Draw(faults, "/redfish/v1/chassis").Failure != 0);
        var rootFailures = Enumerable.Range(0, 200).Count(_ => handler.Draw(faults, "/redfish/v1").Failure != 0);

        Assert.InRange(failures, 850, 1150);
        Assert.Equal(0, rootFailures);
    }

    private static List<(TimeSpan, int)> Sequence(MockRequestHandler handler, MockFaults faults) =>
        Enumerable.Range(0, 50).Select(_ => handler.Draw(faults, "/redfish/v1/systems/1")).ToList();

    private static MockRequestHandler Handler(int seed)
    {
        var options = new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Seed = seed };
        var instance = new MockBmcInstance(0, IPAddress.Parse("127.0.0.2"), MockupCache.Load(options.MockupDirectories[0]), options, TimeProvider.System, authority: null);
        return new MockRequestHandler(instance);
    }
}
