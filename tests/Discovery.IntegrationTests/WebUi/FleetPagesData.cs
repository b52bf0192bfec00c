using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Cli;
using Discovery.IntegrationTests.Power;
using Discovery.MockBmc;
using Discovery.Testing;
using Discovery.Testing.Bss;
using Discovery.Testing.CloudInit;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.WebUi;

/// <summary>
/// Real data for the BMCs, fleet, runs and sessions pages: a TLS mock fleet of two vendors (the project's "minimal"
/// mockup and a Gigabyte/AMI one, alternating) collected twice with <c>--pin</c> into a store, a crawl log and a
/// state folder. Between the collects one BMC's firmware is upgraded (a change in the second run's report) and one
/// BMC starts refusing the password (auth_failed); another BMC runs older firmware throughout (behind its model's
/// newest). Then a boot profile, a group of the "minimal" nodes and a session template are applied, and
/// <c>discover serve</c> runs over it all with the BSS and cloud-init doubles; one reboot session runs to its end.
/// </summary>
public sealed class FleetPagesData : IAsyncLifetime
{
    public const string Password = "Fleet-Pages-2718";
    public const string Upgraded = "1.10.0";
    public const string Older = "0.9.1";
    private const string JwtSecret = "fleet-pages-jwt-secret-0123456789abcdef";
    private const string ServiceToken = "fleet-pages-services-token";

    private readonly TempDirectory _temp = new();
    private MockFleet? _fleet;
    private BssDouble? _bss;
    private CloudInitDouble? _cloudInit;

    internal DiscoverProcess Serve { get; private set; } = null!;

    /// <summary>A client of the server with a bearer token.</summary>
    public HttpClient Http { get; private set; } = null!;

    public string LogDirectory => _temp.File("logs");

    public string StateDirectory => _temp.File("state");

    /// <summary>The two collect runs' ids, first then second.</summary>
    public IReadOnlyList<string> RunIds { get; private set; } = [];

    /// <summary>The address of the BMC whose firmware was upgraded between the runs, and of the one that refuses logins in the second.</summary>
    public (string Upgraded, string Refusing, string Older) Addresses { get; private set; }

    /// <summary>The boot session that ran, and its nodes.</summary>
    public (string Name, IReadOnlyList<string> Nodes) Session { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var ct = CancellationToken.None;
        await File.WriteAllTextAsync(_temp.File("password"), Password + "\n", ct);
        await File.WriteAllTextAsync(_temp.File("token"), ServiceToken + "\n", ct);
        _fleet = await MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [MockupPaths.Project("minimal"), MockupPaths.Shared("gigabyte-h262-z63-ami")],
                Count = 4,
                FirstAddress = IPAddress.Parse("127.0.118.2"),
                Tls = true,
                Password = Password,
                InstanceFaults = new Dictionary<int, MockFaults> { [2] = new() { FirmwareVersion = Older } },
            },
            ct);
        Addresses = (_fleet.Instances[0].Address.ToString(), _fleet.Instances[3].Address.ToString(), _fleet.Instances[2].Address.ToString());

        var first = await CollectAsync(ct);
        Assert.True(first.Exit == ExitCodes.Ok, first.Error);
        _fleet.Instances[0].Faults = new MockFaults { FirmwareVersion = Upgraded };
        _fleet.Instances[3].Faults = new MockFaults { WrongPassword = true };
        var second = await CollectAsync(ct);
        Assert.True(second.Exit == ExitCodes.SomeTargetsFailed, second.Error);
        var runs = await PowerFleet.RunAsync(ct, "logs", "runs", "--log-dir", LogDirectory, "-o", "json");
        using (var document = JsonDocument.Parse(runs.Output))
        {
            RunIds = [.. document.RootElement.EnumerateArray().OrderBy(r => r.GetProperty("started_at").GetString(), StringComparer.Ordinal).Select(r => r.GetProperty("run_id").GetString()!)];
        }

        Assert.Equal(2, RunIds.Count);
        var members = await MinimalNodesAsync(ct);
        await ApplyAsync("boot",
            "kind: BootProfile\nname: rocky9\nkernel_url: http://127.0.0.1/vmlinuz\ninitrd_url: http://127.0.0.1/initrd.img\nkernel_params: console=ttyS0\n" +
            "---\n" +
            $"kind: NodeGroup\nname: compute\nmembers: [{string.Join(", ", members)}]\n" +
            "---\n" +
            "kind: SessionTemplate\nname: compute-reboot\nboot_sets:\n  compute:\n    type: boot_profile\n    path: rocky9\n    node_groups: [compute]\n", ct);

        _bss = await BssDouble.StartAsync(ServiceToken, ct);
        _cloudInit = await CloudInitDouble.StartAsync(ServiceToken, ct);
        Serve = await DiscoverProcess.ServeAsync(_temp.File("store"), JwtSecret,
        [
            "--log-dir", LogDirectory, "--state-dir", StateDirectory,
            "--bss", _bss.BaseUri.ToString(), "--cloud-init", _cloudInit.BaseUri.ToString(), "--access-token-file", _temp.File("token"),
            "--username", "admin", "--password-file", _temp.File("password"), "--no-secrets-store",
            "--power-timeout", "20s", "--poll-interval", "20ms", "--node-retries", "1", "--retry-backoff", "20ms",
        ], ct);
        Http = Serve.CreateAuthorizedClient();
        Session = (await RunSessionAsync(ct), members);
    }

    /// <summary>Every item of a listing, page by page (<c>limit</c> 2, so paging is exercised).</summary>
    public async Task<List<JsonElement>> ListAllAsync(string collection, CancellationToken ct)
    {
        var items = new List<JsonElement>();
        int? offset = 0;
        while (offset is { } at)
        {
            using var page = JsonDocument.Parse(await Http.GetStringAsync($"/{collection}?limit=2&offset={at}", ct));
            items.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.Clone()));
            offset = page.RootElement.TryGetProperty("next_offset", out var next) && next.ValueKind == JsonValueKind.Number ? next.GetInt32() : null;
        }

        return items;
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(path, ct));
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Serve is not null)
        {
            await Serve.DisposeAsync();
        }

        if (_bss is not null)
        {
            await _bss.DisposeAsync();
        }

        if (_cloudInit is not null)
        {
            await _cloudInit.DisposeAsync();
        }

        if (_fleet is not null)
        {
            await _fleet.DisposeAsync();
        }

        _temp.Dispose();
    }

    private Task<(int Exit, string Output, string Error)> CollectAsync(CancellationToken ct) => PowerFleet.RunAsync(ct,
    [
        "collect", .. _fleet!.Instances.Select(i => i.BaseUri.ToString()), "--pin",
        "--data-dir", _temp.File("store"), "--log-dir", LogDirectory, "--state-dir", StateDirectory,
        "--username", "admin", "--password-file", _temp.File("password"), "--no-secrets-store",
    ]);

    /// <summary>The xnames of the nodes behind the "minimal" BMCs (even instances), which take power actions.</summary>
    private async Task<List<string>> MinimalNodesAsync(CancellationToken ct)
    {
        var minimal = _fleet!.Instances.Where((_, i) => i % 2 == 0).Select(i => i.Address.ToString()).ToHashSet(StringComparer.Ordinal);
        var nodes = await PowerFleet.RunAsync(ct, "get", "nodes", "-o", "json", "--data-dir", _temp.File("store"));
        using var document = JsonDocument.Parse(nodes.Output);
        var members = document.RootElement.EnumerateArray()
            .Where(n => minimal.Contains(n.GetProperty("bmc_ip").GetString()!))
            .Select(n => n.GetProperty("xname").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(minimal.Count, members.Count);
        return members;
    }

    private async Task ApplyAsync(string name, string yaml, CancellationToken ct)
    {
        var manifest = _temp.File(name + ".yaml");
        await File.WriteAllTextAsync(manifest, yaml, ct);
        var apply = await PowerFleet.RunAsync(ct, "apply", "-f", manifest, "--data-dir", _temp.File("store"));
        Assert.True(apply.Exit == ExitCodes.Ok, apply.Error);
    }

    private async Task<string> RunSessionAsync(CancellationToken ct)
    {
        using var response = await Http.PostAsJsonAsync("/v2/sessions", new JsonObject { ["template_name"] = "compute-reboot", ["operation"] = "reboot" }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var name = JsonDocument.Parse(body).RootElement.GetProperty("name").GetString()!;
        await Poll.UntilAsync(
            async () => (await GetAsync($"/v2/sessions/{name}", ct)).GetProperty("status").GetProperty("status").GetString() == "complete",
            $"session {name} to complete",
            ct,
            TimeSpan.FromSeconds(90));
        return name;
    }
}
