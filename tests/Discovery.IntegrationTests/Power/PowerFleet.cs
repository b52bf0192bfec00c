using System.Text.Json;
using Discovery.Cli;
using Discovery.MockBmc;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Power;

/// <summary>A TLS fleet of "minimal" BMCs collected into a store in <see cref="Temp"/>, for the power and boot tests.</summary>
internal sealed class PowerFleet : IAsyncDisposable
{
    public const string Password = "Power-Secret-7";

    private PowerFleet(TempDirectory temp, MockFleet fleet, IReadOnlyDictionary<string, MockBmcInstance> byXname)
    {
        Temp = temp;
        Fleet = fleet;
        ByXname = byXname;
    }

    public TempDirectory Temp { get; }

    public MockFleet Fleet { get; }

    /// <summary>Each node's xname and the instance that serves it.</summary>
    public IReadOnlyDictionary<string, MockBmcInstance> ByXname { get; }

    /// <summary>Options every command against the fleet's store and BMCs needs.</summary>
    public string[] Common => ["--state-dir", Temp.Path, "--data-dir", Temp.File("store"), "--username", "admin", "--password-file", Temp.File("password"), "--no-secrets-store"];

    public static async Task<PowerFleet> StartAsync(int count, TimeSpan powerDelay, IReadOnlyDictionary<int, MockFaults>? faults, CancellationToken cancellationToken)
    {
        var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File("password"), Password + "\n", cancellationToken);
        var fleet = await MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [MockupPaths.Project("minimal")],
                Count = count,
                Tls = true,
                Password = Password,
                PowerDelay = powerDelay,
                InstanceFaults = faults ?? new Dictionary<int, MockFaults>(),
            },
            cancellationToken);
        var collect = await RunAsync(cancellationToken, ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "--parallel", "8",
            "--state-dir", temp.Path, "--data-dir", temp.File("store"), "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store", "--no-log"]);
        Assert.True(collect.Exit == 0, collect.Error);
        var nodes = await RunAsync(cancellationToken, ["get", "nodes", "-o", "json", "--data-dir", temp.File("store")]);
        using var document = JsonDocument.Parse(nodes.Output);
        var byXname = document.RootElement.EnumerateArray().ToDictionary(
            n => n.GetProperty("xname").GetString()!,
            n => fleet.Instances.Single(i => i.Address.ToString() == n.GetProperty("bmc_ip").GetString()));
        return new PowerFleet(temp, fleet, byXname);
    }

    public static async Task<(int Exit, string Output, string Error)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(args, output, error, cancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Applies a NodeGroup named <paramref name="name"/> with these members (and boot profile).</summary>
    public Task ApplyGroupAsync(string name, IEnumerable<string> members, CancellationToken cancellationToken, string? bootProfile = null) =>
        ApplyAsync(name, $"kind: NodeGroup\nname: {name}\nmembers: [{string.Join(", ", members)}]\n" + (bootProfile is null ? string.Empty : $"boot_profile: {bootProfile}\n"), cancellationToken);

    /// <summary>Applies a YAML manifest (written to <paramref name="name"/>.yaml in <see cref="Temp"/>).</summary>
    public async Task ApplyAsync(string name, string yaml, CancellationToken cancellationToken)
    {
        var manifest = Temp.File(name + ".yaml");
        await File.WriteAllTextAsync(manifest, yaml, cancellationToken);
        var apply = await RunAsync(cancellationToken, "apply", "-f", manifest, "--data-dir", Temp.File("store"));
        Assert.True(apply.Exit == 0, apply.Error);
    }

    public async ValueTask DisposeAsync()
    {
        await Fleet.DisposeAsync();
        Temp.Dispose();
    }
}
