using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.IntegrationTests.Power;
using Discovery.MockBmc;
using Discovery.Testing;
using Discovery.Testing.Bss;
using Discovery.Testing.CloudInit;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Boot;

/// <summary>
/// A collected mock-bmc fleet, a boot profile, a group "compute" of the first <c>members</c> nodes and a session
/// template for it, the BSS and cloud-init doubles, and a real <c>discover serve</c> process running sessions.
/// </summary>
internal sealed class SessionFleet : IAsyncDisposable
{
    public const string ServiceToken = "boot-services-token";
    public const string UserData = "#cloud-config\nruncmd:\n  - echo booted\n";

    private SessionFleet(PowerFleet fleet, BssDouble bss, CloudInitDouble cloudInit, IReadOnlyList<string> members)
    {
        Fleet = fleet;
        Bss = bss;
        CloudInit = cloudInit;
        Members = members;
    }

    public PowerFleet Fleet { get; }

    public BssDouble Bss { get; }

    public CloudInitDouble CloudInit { get; }

    /// <summary>The group's members (xnames, in order).</summary>
    public IReadOnlyList<string> Members { get; }

    public DiscoverProcess? Serve { get; private set; }

    public HttpClient? Http { get; private set; }

    private string JwtSecret { get; } = "boot-sessions-jwt-secret-0123456789abcdef";

    public static async Task<SessionFleet> StartAsync(
        int count, int members, TimeSpan powerDelay, IReadOnlyDictionary<int, MockFaults>? faults, CancellationToken cancellationToken)
    {
        var fleet = await PowerFleet.StartAsync(count, powerDelay, faults, cancellationToken);
        var bss = await BssDouble.StartAsync(ServiceToken, cancellationToken);
        var cloudInit = await CloudInitDouble.StartAsync(ServiceToken, cancellationToken);
        await File.WriteAllTextAsync(fleet.Temp.File("token"), ServiceToken + "\n", cancellationToken);
        var chosen = fleet.ByXname.Keys.Order(StringComparer.Ordinal).Take(members).ToList();
        await fleet.ApplyAsync("profile",
            "kind: BootProfile\nname: rocky9\nkernel_url: http://127.0.0.1/vmlinuz\ninitrd_url: http://127.0.0.1/initrd.img\n" +
            "kernel_params: console=ttyS0 ip=dhcp\nuser_data: |\n  #cloud-config\n  runcmd:\n    - echo booted\n", cancellationToken);
        await fleet.ApplyGroupAsync("compute", chosen, cancellationToken);
        await fleet.ApplyAsync("template",
            "kind: SessionTemplate\nname: compute-reboot\nboot_sets:\n  compute:\n    type: boot_profile\n    path: rocky9\n" +
            "    kernel_parameters: quiet\n    node_groups: [compute]\n", cancellationToken);
        return new SessionFleet(fleet, bss, cloudInit, chosen);
    }

    /// <summary>Starts (or restarts) serve over the fleet's store with the services and short retry timings.</summary>
    public async Task StartServeAsync(CancellationToken cancellationToken, string powerTimeout = "10s", string retries = "1")
    {
        Http?.Dispose();
        if (Serve is not null)
        {
            await Serve.DisposeAsync();
        }

        Serve = await DiscoverProcess.ServeAsync(Fleet.Temp.File("store"), JwtSecret,
        [
            "--bss", Bss.BaseUri.ToString(), "--cloud-init", CloudInit.BaseUri.ToString(), "--access-token-file", Fleet.Temp.File("token"),
            "--username", "admin", "--password-file", Fleet.Temp.File("password"), "--no-secrets-store",
            "--power-timeout", powerTimeout, "--poll-interval", "20ms", "--node-retries", retries, "--retry-backoff", "20ms",
            "--log-level", "information", // tests wait on the runner's lines (DiscoverProcess.WaitForLogAsync)
        ], cancellationToken);
        Http = Serve.CreateAuthorizedClient();
    }

    /// <summary>The options that point a command at the serve process's API, with a bearer token in a file.</summary>
    public async Task<string[]> ServerArgsAsync(CancellationToken cancellationToken)
    {
        var token = Discovery.Api.Auth.ApiTokens.CreateHs256(System.Text.Encoding.UTF8.GetBytes(JwtSecret), "ci", TimeSpan.FromMinutes(10), TimeProvider.System);
        await File.WriteAllTextAsync(Fleet.Temp.File("server-token"), token + "\n", cancellationToken);
        return ["--server", Serve!.Address.ToString(), "--token-file", Fleet.Temp.File("server-token")];
    }

    /// <summary>POSTs a session; returns its BOS body (201 asserted).</summary>
    public async Task<JsonElement> CreateSessionAsync(string operation, CancellationToken cancellationToken, string template = "compute-reboot")
    {
        using var response = await Http!.PostAsJsonAsync("/v2/sessions", new JsonObject { ["template_name"] = template, ["operation"] = operation }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        JsonDocument.Parse(await Http!.GetStringAsync(path, cancellationToken)).RootElement.Clone();

    /// <summary>Polls the session until BOS says it is complete; returns its body.</summary>
    public async Task<JsonElement> WaitCompleteAsync(string name, CancellationToken cancellationToken, TimeSpan? deadline = null)
    {
        JsonElement session = default;
        await Poll.UntilAsync(
            async () =>
            {
                session = await GetAsync($"/v2/sessions/{name}", cancellationToken);
                return session.GetProperty("status").GetProperty("status").GetString() == "complete";
            },
            $"session {name} to complete",
            cancellationToken,
            deadline ?? TimeSpan.FromSeconds(90));
        return session;
    }

    /// <summary>The /v2/components rows by id.</summary>
    public async Task<Dictionary<string, JsonElement>> ComponentsAsync(CancellationToken cancellationToken) =>
        (await GetAsync("/v2/components", cancellationToken)).EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.Clone());

    /// <summary>Each node's ComputerSystem.Reset count from its BMC's <c>/_mock/stats</c>.</summary>
    public async Task<Dictionary<string, long>> ResetsAsync(CancellationToken cancellationToken)
    {
        var resets = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (xname, instance) in Fleet.ByXname)
        {
            using var client = MockFleets.CreateClient(instance);
            using var stats = JsonDocument.Parse(await client.GetStringAsync("/_mock/stats", cancellationToken));
            resets[xname] = stats.RootElement.GetProperty("resets").GetInt64();
        }

        return resets;
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Serve is not null)
        {
            await Serve.DisposeAsync();
        }

        await Bss.DisposeAsync();
        await CloudInit.DisposeAsync();
        await Fleet.DisposeAsync();
    }
}
