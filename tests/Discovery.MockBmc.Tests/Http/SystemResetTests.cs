using System.Net;
using System.Text;
using System.Text.Json;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests.Http;

/// <summary>ComputerSystem.Reset on the simulator: AllowableValues honoured, PowerState moves, resets counted, PowerStuck (issue 15).</summary>
public sealed class SystemResetTests
{
    private const string Reset = "/redfish/v1/Systems/1/Actions/ComputerSystem.Reset";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ForceOff", "Off")]
    [InlineData("GracefulShutdown", "Off")]
    [InlineData("ForceRestart", "On")]
    [InlineData("GracefulRestart", "On")]
    [InlineData("On", "On")]
    public async Task Reset_AllowedType_ChangesPowerStateAndCountsByType(string resetType, string expected)
    {
        await using var fleet = await StartAsync(TimeSpan.Zero, MockFaults.None);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);
        if (expected == "On")
        {
            // Start from Off so that reaching On is a change the test can see.
            (await client.PostAsync(Reset, Body("ForceOff"), Token)).Dispose();
            Assert.Equal("Off", await PowerStateAsync(client));
        }

        using var response = await client.PostAsync(Reset, Body(resetType), Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(expected, await PowerStateAsync(client));
        Assert.Equal(1, fleet.Instances[0].Counters.ResetTypes[resetType]);
    }

    [Fact]
    public async Task Reset_TypeTheMockupDoesNotAllow_Returns400NamingItAndIsNotCounted()
    {
        // The minimal fixture lists On, ForceOff, GracefulShutdown, GracefulRestart, ForceRestart: no PowerCycle.
        await using var fleet = await StartAsync(TimeSpan.Zero, MockFaults.None);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var response = await client.PostAsync(Reset, Body("PowerCycle"), Token);
        using var missing = await client.PostAsync(Reset, new StringContent("{\"Other\": 1}", Encoding.UTF8, "application/json"), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.Equal("Base.1.8.ActionParameterNotSupported", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("'PowerCycle'", body.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(0, fleet.Instances[0].Counters.Resets);
        Assert.Equal("On", await PowerStateAsync(client));
    }

    [Fact]
    public async Task Reset_WithPowerDelay_ReadsTransitionalStateUntilTheDelayPasses()
    {
        // An hour: the test reads the transitional state without depending on how fast it runs.
        await using var fleet = await StartAsync(TimeSpan.FromHours(1), MockFaults.None);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        (await client.PostAsync(Reset, Body("ForceOff"), Token)).Dispose();

        Assert.Equal("PoweringOff", await PowerStateAsync(client));
    }

    [Fact]
    public async Task Reset_PowerStuckFault_AcceptsAndCountsButStateNeverChanges()
    {
        await using var fleet = await StartAsync(TimeSpan.Zero, new MockFaults { PowerStuck = true });
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var response = await client.PostAsync(Reset, Body("ForceOff"), Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(1, fleet.Instances[0].Counters.Resets);
        Assert.Equal("On", await PowerStateAsync(client));
    }

    [Fact]
    public async Task Stats_AfterResets_ListResetTypes()
    {
        await using var fleet = await StartAsync(TimeSpan.Zero, MockFaults.None);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);
        (await client.PostAsync(Reset, Body("ForceRestart"), Token)).Dispose();
        (await client.PostAsync(Reset, Body("ForceRestart"), Token)).Dispose();
        (await client.PostAsync(Reset, Body("ForceOff"), Token)).Dispose();

        using var stats = JsonDocument.Parse(await client.GetStringAsync("/_mock/stats", Token));

        Assert.Equal(3, stats.RootElement.GetProperty("resets").GetInt64());
        Assert.Equal(2, stats.RootElement.GetProperty("reset_types").GetProperty("ForceRestart").GetInt64());
        Assert.Equal(1, stats.RootElement.GetProperty("reset_types").GetProperty("ForceOff").GetInt64());
    }

    // Written out, not JsonContent.Create: that camel-cases names (resetType), which Redfish, being case-sensitive, refuses.
    private static StringContent Body(string resetType) => new("{\"ResetType\": \"" + resetType + "\"}", Encoding.UTF8, "application/json");

    private static Task<MockFleet> StartAsync(TimeSpan delay, MockFaults faults) =>
        MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], PowerDelay = delay, Faults = faults }, Token);

    private static async Task<string?> PowerStateAsync(HttpClient client)
    {
        using var system = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Systems/1", Token));
        return system.RootElement.GetProperty("PowerState").GetString();
    }
}
