using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests;

/// <summary>Every fault of <see cref="MockFaults"/>, observed through a real fleet.</summary>
public sealed class MockFaultsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Latency_DelaysEveryAnswerByAtLeastTheLatency()
    {
        await using var fleet = await StartAsync(new MockFaults { Latency = TimeSpan.FromMilliseconds(300) });
        using var client = MockFleets.CreateClient(fleet.Instances[0]);
        var clock = Stopwatch.StartNew();

        using var response = await client.GetAsync("/redfish/v1", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task ErrorRate_SameSeed_GivesSameMixOf500And503WithRetryAfter()
    {
        var first = await ErrorSequenceAsync(seed: 5, IPAddress.Parse("127.0.3.2"));
        var second = await ErrorSequenceAsync(seed: 5, IPAddress.Parse("127.0.4.2"));

        Assert.Equal(first, second);
        Assert.Contains("500", first);
        Assert.Contains("503+1", first);
        Assert.Contains("200", first);
        Assert.All(first.Where(s => s.StartsWith("503", StringComparison.Ordinal)), s => Assert.Equal("503+1", s));
    }

    [Fact]
    public async Task ErrorRate_One_NeverFailsTheServiceRoot()
    {
        await using var fleet = await StartAsync(new MockFaults { ErrorRate = 1 });
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var root = await client.GetAsync("/redfish/v1/", Token);
        using var systems = await client.GetAsync("/redfish/v1/Systems", Token);

        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.True((int)systems.StatusCode is 500 or 503);
    }

    [Fact]
    public async Task Hang_AcceptsTheConnectionAndNeverAnswers()
    {
        await using var fleet = await StartAsync(new MockFaults { Hang = true });
        var instance = fleet.Instances[0];
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(instance.Address, instance.Port, Token);
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET /redfish/v1 HTTP/1.1\r\nHost: x\r\n\r\n"), Token);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Token);
        wait.CancelAfter(TimeSpan.FromMilliseconds(750));

        // Neither a byte nor a close (which would complete the read with 0) may arrive before the deadline.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await socket.ReceiveAsync(new byte[1], wait.Token));
        Assert.True(socket.Connected);
    }

    [Fact]
    public async Task Hang_SetAtRunTime_LeavesNextRequestOnOpenConnectionUnanswered()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance);
        using var before = await client.GetAsync("/redfish/v1/Systems", Token);

        instance.Faults = new MockFaults { Hang = true };
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Token);
        wait.CancelAfter(TimeSpan.FromMilliseconds(750));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("/redfish/v1/Systems", wait.Token));
        Assert.Equal(2, instance.Counters.Requests);
    }

    [Fact]
    public async Task Hang_InstanceStop_ReleasesHungConnection()
    {
        await using var fleet = await StartAsync(new MockFaults { Hang = true });
        var instance = fleet.Instances[0];
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(instance.Address, instance.Port, Token);

        await instance.StopAsync(Token);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Token);
        wait.CancelAfter(TimeSpan.FromSeconds(10));

        Assert.Equal(0, await ReceiveOrResetAsync(socket, wait.Token));
    }

    [Fact]
    public async Task MalformedJsonPaths_Answer200WithUnparseableBody_OtherPathsIntact()
    {
        await using var fleet = await StartAsync(new MockFaults { MalformedJsonPaths = ["/redfish/v1/systems/1/"] });
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var broken = await client.GetAsync("/redfish/v1/Systems/1", Token);
        var text = await broken.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.StartsWith("{", text, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
        using var intact = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Systems", Token));
    }

    [Fact]
    public async Task TruncatedJsonPaths_AnswerFirstHalfOfBody()
    {
        await using var reference = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        using var referenceClient = MockFleets.CreateClient(reference.Instances[0]);
        var full = await referenceClient.GetByteArrayAsync("/redfish/v1/Managers/1", Token);
        await using var fleet = await StartAsync(new MockFaults { TruncatedJsonPaths = ["/redfish/v1/Managers/1"] }, IPAddress.Parse("127.0.5.2"));
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        var cut = await client.GetByteArrayAsync("/redfish/v1/Managers/1", Token);

        Assert.Equal(full.Length / 2, cut.Length);
        Assert.Equal(full.AsSpan(0, 40).ToArray(), cut.AsSpan(0, 40).ToArray());
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(cut));
    }

    [Fact]
    public async Task OversizedBodyBytes_PadsSystemMembersOnly_StillValidJson()
    {
        await using var fleet = await StartAsync(new MockFaults { OversizedBodyBytes = 3_000_000 });
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        var system = await client.GetByteArrayAsync("/redfish/v1/Systems/1", Token);
        var collection = await client.GetByteArrayAsync("/redfish/v1/Systems", Token);

        Assert.Equal(3_000_000, system.Length);
        Assert.True(collection.Length < 10_000);
        using var parsed = JsonDocument.Parse(system);
        Assert.Equal("FW-1000", parsed.RootElement.GetProperty("Model").GetString());
    }

    [Fact]
    public async Task LinkCycle_AddsLoopingLinksAndSelfNextLink()
    {
        await using var fleet = await StartAsync(new MockFaults { LinkCycle = true });
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        var cycle = await LinkAsync(client, "/redfish/v1", "MockCycle", "@odata.id");
        var a = await LinkAsync(client, cycle, "Members", "0", "@odata.id");
        var b = await LinkAsync(client, a, "Links", "Next", "@odata.id");
        var backToA = await LinkAsync(client, b, "Links", "Next", "@odata.id");
        var next = await LinkAsync(client, "/redfish/v1/Systems", "Members@odata.nextLink");
        var nextAgain = await LinkAsync(client, next, "Members@odata.nextLink");

        Assert.Equal("/redfish/v1/MockCycle/A", a);
        Assert.Equal(a, backToA);
        Assert.StartsWith("/redfish/v1/Systems?", next, StringComparison.Ordinal);
        Assert.Equal(next, nextAgain);
    }

    [Fact]
    public async Task FirmwareVersion_OverridesManagerAndCanChangeAtRunTime()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance);
        var before = await LinkAsync(client, "/redfish/v1/Managers/1", "FirmwareVersion");

        instance.Faults = instance.Faults with { FirmwareVersion = "9.9.9 \"beta\"" };
        var after = await LinkAsync(client, "/redfish/v1/Managers/1", "FirmwareVersion");

        Assert.Equal("1.00.00", before);
        Assert.Equal("9.9.9 \"beta\"", after);
    }

    [Fact]
    public async Task InstanceFaults_OverrideFleetFaultsForThatIndexOnly()
    {
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [MockupPaths.Project("minimal")],
                Count = 2,
                FirstAddress = IPAddress.Parse("127.0.6.2"),
                Faults = new MockFaults { FirmwareVersion = "fleet" },
                InstanceFaults = new Dictionary<int, MockFaults> { [1] = new MockFaults { FirmwareVersion = "one" } },
            },
            Token);
        using var first = MockFleets.CreateClient(fleet.Instances[0]);
        using var second = MockFleets.CreateClient(fleet.Instances[1]);

        Assert.Equal("fleet", await LinkAsync(first, "/redfish/v1/Managers/1", "FirmwareVersion"));
        Assert.Equal("one", await LinkAsync(second, "/redfish/v1/Managers/1", "FirmwareVersion"));
    }

    private static Task<MockFleet> StartAsync(MockFaults faults, IPAddress? first = null) =>
        MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Faults = faults, FirstAddress = first ?? IPAddress.Parse("127.0.0.2") },
            Token);

    private static async Task<List<string>> ErrorSequenceAsync(int seed, IPAddress address)
    {
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Seed = seed, FirstAddress = address, Faults = new MockFaults { ErrorRate = 0.5 } },
            Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);
        var sequence = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await client.GetAsync("/redfish/v1/Systems/1", Token);
            var retry = response.Headers.RetryAfter?.Delta is { } delta ? "+" + delta.TotalSeconds : string.Empty;
            sequence.Add((int)response.StatusCode + retry);
        }

        return sequence;
    }

    private static async Task<string> LinkAsync(HttpClient client, string path, params string[] route)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(path, Token));
        var element = document.RootElement;
        foreach (var step in route)
        {
            element = element.ValueKind == JsonValueKind.Array ? element[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)] : element.GetProperty(step);
        }

        return element.GetString()!;
    }

    private static async Task<int> ReceiveOrResetAsync(Socket socket, CancellationToken cancellationToken)
    {
        try
        {
            return await socket.ReceiveAsync(new byte[1], cancellationToken);
        }
        catch (SocketException)
        {
            return 0;
        }
    }
}
