using System.Text.Json;
using Discovery.Cli;
using Discovery.MockBmc;
using Discovery.Records;
using Discovery.Store;
using Discovery.Testing;
using Discovery.Testing.Bss;
using Discovery.Testing.CloudInit;
using Discovery.Testing.Smd;

namespace Discovery.IntegrationTests.Run;

/// <summary>
/// Issue 15: with <c>boot.bss_url</c> and <c>boot.cloud_init_url</c> set, each pass ends with the boot step, which
/// syncs the store's nodes to BSS and their groups to cloud-init as <c>discover boot sync</c> does.
/// </summary>
public sealed partial class RunCommandTests
{
    private const string BootToken = "run-boot-token-for-tests";

    [Fact]
    public async Task Run_WithBssAndCloudInit_SyncsTheGroupsNodesThenWritesNothingThenFailsAloneWhenBssIsDown()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync("127.0.42.2", 3, token);
        await using var bss = await BssDouble.StartAsync(BootToken, token);
        await using var cloudInit = await CloudInitDouble.StartAsync(BootToken, token);
        var config = await WriteConfigAsync(temp, fleet, "127.0.42.0/29", token);
        await File.WriteAllTextAsync(temp.File("token"), BootToken + "\n", token);
        string[] store = ["--store", "true", "--data-dir", temp.File("store"), "--access-token-file", temp.File("token")];
        string[] boot = ["--bss", bss.BaseUri.ToString(), "--cloud-init", cloudInit.BaseUri.ToString()];
        var collected = await RunAsync(temp, ["run", "-f", config, "-o", "json", .. store], token);
        Assert.True(collected.Exit == ExitCodes.ChangesFound, collected.Error);
        var nodes = await NodesAsync(temp.File("store"), token);
        var members = nodes.Keys.Order(StringComparer.Ordinal).Take(2).ToArray();
        await ApplyAsync(temp, "rocky.yaml", """
            kind: BootProfile
            name: rocky
            kernel_url: http://127.0.0.1/vmlinuz
            initrd_url: http://127.0.0.1/initrd.img
            kernel_params: console=ttyS0 ip=dhcp
            admin_username: ops
            ssh_key: ssh-ed25519 AAAAtestkey ops@head
            user_data: |
              #cloud-config
              packages: [htop]
            """, token);
        await ApplyAsync(temp, "group.yaml", $"kind: NodeGroup\nname: compute\nmembers: [{string.Join(", ", members)}]\nboot_profile: rocky\n", token);

        var first = await RunAsync(temp, ["run", "-f", config, "-o", "json", .. store, .. boot], token);
        var bssWrites = bss.Writes;
        var cloudInitWrites = cloudInit.Writes;

        Assert.True(first.Exit == ExitCodes.Ok, first.Error);
        Assert.Equal(members, bss.Entries.Keys.Order(StringComparer.Ordinal));
        foreach (var member in members)
        {
            var entry = bss.Entries[member];
            Assert.Equal([member], entry["hosts"]!.AsArray().Select(h => (string?)h));
            Assert.Equal(Macs(nodes[member]), entry["macs"]!.AsArray().Select(m => (string?)m));
            Assert.Equal("http://127.0.0.1/vmlinuz", (string?)entry["kernel"]);
            Assert.Equal("http://127.0.0.1/initrd.img", (string?)entry["initrd"]);
            Assert.Equal("console=ttyS0 ip=dhcp", (string?)entry["params"]);
        }

        Assert.Equal(2, bssWrites);
        Assert.Equal("#cloud-config\npackages: [htop]\nusers:\n- default\n- name: ops\n  ssh_authorized_keys:\n  - ssh-ed25519 AAAAtestkey ops@head\n  sudo: ALL=(ALL) NOPASSWD:ALL\n  shell: /bin/bash\n", cloudInit.CloudConfig("compute"));
        Assert.Equal(["compute"], cloudInit.Groups.Keys);
        Assert.Equal(1, cloudInitWrites);
        var rows = first.Report.GetProperty("boot").GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("service").GetString(), r.GetProperty("target").GetString(), r.GetProperty("action").GetString()))
            .Order().ToList();
        Assert.Equal(
            [("bss", members[0], "created"), ("bss", members[1], "created"), ("bss", nodes.Keys.Single(n => !members.Contains(n)), "skipped"), ("cloud-init", "compute", "created")],
            rows);
        Assert.False(first.Report.GetProperty("boot_failed").GetBoolean());
        Assert.Contains("boot: bss: 3 node(s): 2 created, 1 skipped; cloud-init: 1 group(s): 1 created", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(BootToken, first.Error + first.Report.GetRawText(), StringComparison.Ordinal);

        var second = await RunAsync(temp, ["run", "-f", config, "-o", "json", .. store, .. boot], token);

        Assert.True(second.Exit == ExitCodes.Ok, second.Error);
        Assert.Equal(bssWrites, bss.Writes);
        Assert.Equal(cloudInitWrites, cloudInit.Writes);
        Assert.Contains("boot: bss: 3 node(s): 1 skipped, 2 unchanged; cloud-init: 1 group(s): 1 unchanged", second.Error, StringComparison.Ordinal);
        Assert.Empty(bss.Violations);
        Assert.Empty(cloudInit.Violations);

        var down = SmdDouble.RefusingUri().ToString();
        var third = await RunAsync(temp, ["run", "-f", config, "-o", "json", .. store, "--bss", down], token);

        Assert.True(third.Exit == ExitCodes.BootFailed, third.Error);
        Assert.True(third.Report.GetProperty("boot_failed").GetBoolean());
        Assert.Contains("store: 0 added, 0 changed, 0 removed, 6 unchanged", third.Error, StringComparison.Ordinal);
        Assert.Contains($"discover run: boot: failed: bss {members[0]}: BSS: ", third.Error, StringComparison.Ordinal);
        Assert.Contains($"discover run: boot: failed: bss {members[1]}: BSS: ", third.Error, StringComparison.Ordinal);
        Assert.Contains("boot: bss: 3 node(s): 2 failed, 1 skipped", third.Error, StringComparison.Ordinal);
        Assert.Equal(("complete", 3), (third.Report.GetProperty("status").GetString(), third.Report.GetProperty("bmcs_ok").GetInt32()));
    }

    [Fact]
    public async Task Run_WithBssHittingItsDeadline_DoesNotRunTheBootStep()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync("127.0.43.2", 2, token);
        await using var bss = await BssDouble.StartAsync(cancellationToken: token);
        var config = await WriteConfigAsync(temp, fleet, "127.0.43.0/29", token);
        string[] store = ["--store", "true", "--data-dir", temp.File("store")];
        var collected = await RunAsync(temp, ["run", "-f", config, "-o", "json", .. store], token);
        Assert.True(collected.Exit == ExitCodes.ChangesFound, collected.Error);
        var nodes = await NodesAsync(temp.File("store"), token);
        await ApplyAsync(temp, "rocky.yaml", "kind: BootProfile\nname: rocky\nkernel_url: http://127.0.0.1/vmlinuz\n", token);
        await ApplyAsync(temp, "group.yaml", $"kind: NodeGroup\nname: all\nmembers: [{string.Join(", ", nodes.Keys)}]\nboot_profile: rocky\n", token);
        foreach (var instance in fleet.Instances)
        {
            instance.Faults = new MockFaults { Latency = TimeSpan.FromMilliseconds(400) };
        }

        var result = await RunAsync(temp, ["run", "-f", config, "-o", "json", "--deadline", "1s", .. store, "--bss", bss.BaseUri.ToString()], token);

        Assert.True(result.Exit == ExitCodes.SomeTargetsFailed, result.Error);
        Assert.True(result.Report.GetProperty("deadline_hit").GetBoolean());
        Assert.Equal("the pass stopped at its deadline", result.Report.GetProperty("boot").GetProperty("skipped").GetString());
        Assert.False(result.Report.GetProperty("boot_failed").GetBoolean());
        Assert.Contains("boot: BSS not synced: the pass stopped at its deadline", result.Error, StringComparison.Ordinal);
        Assert.Empty(bss.Requests);
    }

    private static IEnumerable<string?> Macs(ComputeNode node) =>
        node.BootMac is { } boot ? [boot] : node.NetworkInterfaces.Select(n => n.MacAddress).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);

    private static async Task<Dictionary<string, ComputeNode>> NodesAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        using var inventory = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = dataDirectory }, cancellationToken);
        var nodes = await inventory.Nodes.ListAsync(new RecordQuery { Limit = null }, cancellationToken);
        return nodes.Items.ToDictionary(n => n.Xname!, StringComparer.Ordinal);
    }

    private static async Task ApplyAsync(TempDirectory temp, string name, string yaml, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(temp.File(name), yaml, cancellationToken);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(["apply", "-f", temp.File(name), "--data-dir", temp.File("store")], output, error, cancellationToken);
        Assert.True(exit == ExitCodes.Ok, error.ToString());
    }
}
