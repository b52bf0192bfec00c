using System.Net;
using System.Text.Json;
using Discovery.Boot.Sessions;
using Discovery.MockBmc;
using Discovery.Store;
using Discovery.Testing;
using Discovery.Testing.Specs;

namespace Discovery.IntegrationTests.Boot;

/// <summary>
/// Boot sessions end to end (issue 15): a collected mock-bmc fleet on loopback, the BSS and cloud-init doubles, and a
/// real <c>discover serve</c> process answering the BOS v2 API; every body checked against bos/openapi.yaml.in.
/// </summary>
public sealed class BootSessionTests
{
    private const string Bos = "bos/openapi.yaml.in";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RebootSession_OverTheBosApi_ResetsEachMemberOnceAndWritesBssAndCloudInit()
    {
        await using var fleet = await SessionFleet.StartAsync(20, 10, TimeSpan.Zero, null, Cancel);
        await fleet.StartServeAsync(Cancel);

        var created = await fleet.CreateSessionAsync("reboot", Cancel);
        var name = created.GetProperty("name").GetString()!;
        var done = await fleet.WaitCompleteAsync(name, Cancel);

        Assert.Empty(SpecSchema.Load(Bos, "V2Session").Validate(created));
        Assert.Empty(SpecSchema.Load(Bos, "V2Session").Validate(done));
        Assert.False(done.GetProperty("status").TryGetProperty("error", out _), done.ToString());
        Assert.Equal(fleet.Members, done.GetProperty("components").GetString()!.Split(','));
        var status = await fleet.GetAsync($"/v2/sessions/{name}/status", Cancel);
        Assert.Empty(SpecSchema.Load(Bos, "V2SessionExtendedStatus").Validate(status));
        Assert.Equal(100, status.GetProperty("percent_successful").GetDouble());

        // Exactly one reset for each member, none for the other ten.
        var resets = await fleet.ResetsAsync(Cancel);
        Assert.All(fleet.Members, m => Assert.Equal(1, resets[m]));
        Assert.All(resets.Where(r => !fleet.Members.Contains(r.Key)), r => Assert.Equal(0, r.Value));

        // BSS: one entry per member with its MACs, the profile's kernel and initrd, the profile's then the boot set's params.
        Assert.Equal(fleet.Members, fleet.Bss.Entries.Keys.Order(StringComparer.Ordinal));
        var nodes = (await fleet.GetAsync("/nodes?limit=100", Cancel)).GetProperty("items").EnumerateArray().ToDictionary(n => n.GetProperty("xname").GetString()!, n => n.Clone());
        foreach (var member in fleet.Members)
        {
            var entry = fleet.Bss.Entries[member];
            Assert.Equal(("http://127.0.0.1/vmlinuz", "http://127.0.0.1/initrd.img", "console=ttyS0 ip=dhcp quiet"),
                ((string?)entry["kernel"], (string?)entry["initrd"], (string?)entry["params"]));
            var node = nodes[member];
            var expected = node.TryGetProperty("boot_mac", out var bootMac) && bootMac.ValueKind == JsonValueKind.String
                ? [bootMac.GetString()!]
                : node.GetProperty("network_interfaces").EnumerateArray().Select(n => n.GetProperty("mac_address").GetString()!).Distinct().ToArray();
            Assert.Equal(expected.Order(), entry["macs"]!.AsArray().Select(m => (string)m!).Order());
        }

        Assert.Empty(fleet.Bss.Violations);
        Assert.Contains("echo booted", fleet.CloudInit.CloudConfig("compute"), StringComparison.Ordinal);
        Assert.Empty(fleet.CloudInit.Violations);

        // Components: per node desired and actual state, last action, no error, no retries.
        var components = await fleet.ComponentsAsync(Cancel);
        Assert.Equal(fleet.Members, components.Keys.Order(StringComparer.Ordinal));
        var componentSchema = SpecSchema.Load(Bos, "V2ComponentWithId");
        Assert.All(components.Values, c => Assert.Empty(componentSchema.Validate(c)));
        var first = components[fleet.Members[0]];
        Assert.Equal("http://127.0.0.1/vmlinuz", first.GetProperty("actual_state").GetProperty("boot_artifacts").GetProperty("kernel").GetString());
        Assert.Equal(("powering_on", false, 0, ""), (first.GetProperty("last_action").GetProperty("action").GetString(),
            first.GetProperty("last_action").GetProperty("failed").GetBoolean(), first.GetProperty("event_stats").GetProperty("power_on_attempts").GetInt32(),
            first.GetProperty("error").GetString()));

        // History: each member records the template version it booted with.
        var history = await fleet.GetAsync($"/nodes/{fleet.Members[0]}/history", Cancel);
        Assert.Contains(history.EnumerateArray(), e => e.GetRawText().Contains("session template compute-reboot version", StringComparison.Ordinal)
            && e.GetRawText().Contains(name, StringComparison.Ordinal));

        // The CLI reads the same session through the server's BOS API.
        var cli = await Power.PowerFleet.RunAsync(Cancel, ["boot", "session", "status", name, "-o", "json", .. await fleet.ServerArgsAsync(Cancel)]);
        Assert.True(cli.Exit == Discovery.Cli.ExitCodes.Ok, cli.Error);
        using (var shown = JsonDocument.Parse(cli.Output))
        {
            Assert.Equal("completed", shown.RootElement.GetProperty("status").GetString());
            Assert.Equal(fleet.Members, shown.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("node").GetString()!));
        }

        // A second, identical session writes nothing to BSS.
        var writes = fleet.Bss.Writes;
        var second = await fleet.CreateSessionAsync("reboot", Cancel);
        await fleet.WaitCompleteAsync(second.GetProperty("name").GetString()!, Cancel);
        Assert.Equal(writes, fleet.Bss.Writes);
    }

    [Fact]
    public async Task Session_NodeThatNeverReachesItsState_FailsAfterItsRetriesOthersComplete()
    {
        // The stuck BMC accepts the reset and keeps PowerState On. A shutdown waits for Off, so it times out; a
        // ForceRestart that is never carried out cannot be told from a fast one by PowerState alone.
        await using var fleet = await SessionFleet.StartAsync(4, 4, TimeSpan.Zero, new Dictionary<int, MockFaults> { [1] = new() { PowerStuck = true } }, Cancel);
        var stuck = fleet.Fleet.ByXname.Single(p => p.Value.Index == 1).Key;
        await fleet.StartServeAsync(Cancel, powerTimeout: "1s", retries: "2");

        var created = await fleet.CreateSessionAsync("shutdown", Cancel);
        var done = await fleet.WaitCompleteAsync(created.GetProperty("name").GetString()!, Cancel);

        Assert.Contains("1 of 4 node(s) failed", done.GetProperty("status").GetProperty("error").GetString(), StringComparison.Ordinal);
        var components = await fleet.ComponentsAsync(Cancel);
        var failed = components[stuck];
        Assert.Equal("failed", failed.GetProperty("status").GetProperty("status").GetString());
        Assert.True(failed.GetProperty("last_action").GetProperty("failed").GetBoolean());
        Assert.Equal(2, failed.GetProperty("event_stats").GetProperty("power_off_forceful_attempts").GetInt32());
        Assert.Contains("is 'On', not 'Off'", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.All(components.Where(c => c.Key != stuck), c => Assert.Equal("completed", c.Value.GetProperty("status").GetProperty("status").GetString()));
        var status = await fleet.GetAsync($"/v2/sessions/{created.GetProperty("name").GetString()}/status", Cancel);
        Assert.Equal(25, status.GetProperty("percent_failed").GetDouble());
        Assert.Equal(3, (await fleet.ResetsAsync(Cancel))[stuck]);
    }

    [Fact]
    public async Task Delete_RunningSession_CancelsItCleanly()
    {
        // Resets take a minute to show: the nodes are all waiting for On when the session is cancelled.
        await using var fleet = await SessionFleet.StartAsync(3, 3, TimeSpan.FromMinutes(1), null, Cancel);
        await fleet.StartServeAsync(Cancel, powerTimeout: "5m");
        var name = (await fleet.CreateSessionAsync("reboot", Cancel)).GetProperty("name").GetString()!;
        await WaitAllPoweringOnAsync(fleet, name);

        using var delete = await fleet.Http!.DeleteAsync($"/v2/sessions/{name}", Cancel);
        var done = await fleet.GetAsync($"/v2/sessions/{name}", Cancel);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(("complete", "cancelled"), (done.GetProperty("status").GetProperty("status").GetString(), done.GetProperty("status").GetProperty("error").GetString()));
        var components = await fleet.ComponentsAsync(Cancel);
        Assert.All(components.Values, c => Assert.Equal("cancelled", c.GetProperty("status").GetProperty("status").GetString()));
        Assert.All((await fleet.ResetsAsync(Cancel)).Values, r => Assert.Equal(1, r));
        Assert.True(fleet.Serve!.IsRunning);
        using var again = await fleet.Http.DeleteAsync($"/v2/sessions/{name}", Cancel);
        using var gone = await fleet.Http.GetAsync($"/v2/sessions/{name}", Cancel);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (again.StatusCode, gone.StatusCode));
    }

    [Fact]
    public async Task KillServeMidSession_AfterRestartTheSessionResumesWithoutResettingAgainAndIsNeverLeftRunning()
    {
        await using var fleet = await SessionFleet.StartAsync(3, 3, TimeSpan.FromSeconds(3), null, Cancel);
        await fleet.StartServeAsync(Cancel);
        var name = (await fleet.CreateSessionAsync("reboot", Cancel)).GetProperty("name").GetString()!;
        await WaitAllPoweringOnAsync(fleet, name);
        await fleet.Serve!.WaitForLogAsync("accepted and saved", fleet.Members.Count, Cancel);

        await fleet.Serve.KillAsync(Cancel);
        var saved = await SavedResetsAsync(fleet, name);
        await fleet.StartServeAsync(Cancel);
        var done = await fleet.WaitCompleteAsync(name, Cancel);

        Assert.False(done.GetProperty("status").TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String, done.ToString());
        var components = await fleet.ComponentsAsync(Cancel);
        Assert.All(components.Values, c => Assert.Equal("completed", c.GetProperty("status").GetProperty("status").GetString()));
        Assert.Empty((await fleet.GetAsync("/v2/sessions?status=running", Cancel)).EnumerateArray());
        // Each node's accepted reset was saved before the kill: it is waited on, not sent again.
        Assert.All(fleet.Members, m => Assert.Equal("ForceRestart", saved[m]));
        var resets = await fleet.ResetsAsync(Cancel);
        Assert.All(fleet.Members, m => Assert.Equal(1, resets[m]));
    }

    [Fact]
    public async Task Bos_UnimplementedPathsAndBadBodies_AreNamed()
    {
        await using var fleet = await SessionFleet.StartAsync(1, 1, TimeSpan.Zero, null, Cancel);
        await fleet.StartServeAsync(Cancel);

        using var options = await fleet.Http!.GetAsync("/v2/options", Cancel);
        using var patch = await fleet.Http.PatchAsync("/v2/components/x1", new StringContent("{}"), Cancel);
        using var badOperation = await fleet.Http.PostAsync("/v2/sessions", new StringContent("""{"template_name":"compute-reboot","operation":"explode"}""", System.Text.Encoding.UTF8, "application/json"), Cancel);
        using var unknownField = await fleet.Http.PostAsync("/v2/sessions", new StringContent("""{"template_name":"compute-reboot","operation":"boot","colour":"red"}""", System.Text.Encoding.UTF8, "application/json"), Cancel);
        var templates = await fleet.GetAsync("/v2/sessiontemplates", Cancel);

        Assert.Equal(HttpStatusCode.NotImplemented, options.StatusCode);
        Assert.Contains("/v2/options", await options.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotImplemented, patch.StatusCode);
        Assert.Contains("PATCH", await patch.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badOperation.StatusCode);
        Assert.Contains("'explode'", await badOperation.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Contains("colour", await unknownField.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var template = Assert.Single(templates.EnumerateArray());
        Assert.Empty(SpecSchema.Load(Bos, "V2SessionTemplate").Validate(template));
        Assert.Equal("rocky9", template.GetProperty("boot_sets").GetProperty("compute").GetProperty("path").GetString());
    }

    /// <summary>Each member's saved reset types (the session's own record, read from the store serve left behind).</summary>
    private static async Task<Dictionary<string, string?>> SavedResetsAsync(SessionFleet fleet, string name)
    {
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = fleet.Fleet.Temp.File("store") }, Cancel);
        var session = await new BootSessionStore(store).GetAsync(name, Cancel);
        return session!.Nodes.ToDictionary(n => n.Node, n => n.LastAction, StringComparer.Ordinal);
    }

    private static Task WaitAllPoweringOnAsync(SessionFleet fleet, string name) =>
        Poll.UntilAsync(
            async () =>
            {
                var components = await fleet.ComponentsAsync(Cancel);
                return components.Count == fleet.Members.Count
                    && components.Values.All(c => c.GetProperty("status").GetProperty("phase").GetString() == "powering_on")
                    && (await fleet.ResetsAsync(Cancel)).Where(r => fleet.Members.Contains(r.Key)).All(r => r.Value == 1);
            },
            $"session {name}'s nodes all at powering_on with their reset sent",
            Cancel,
            TimeSpan.FromSeconds(60));
}
