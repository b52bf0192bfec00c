using System.Text.Json;
using Discovery.Cli;
using Discovery.IntegrationTests.Power;
using Discovery.Testing.Bss;
using Discovery.Testing.CloudInit;

namespace Discovery.IntegrationTests.Boot;

/// <summary><c>discover boot sync</c> against the BSS double, over a collected fleet (issue 15).</summary>
public sealed class BootSyncCommandTests
{
    private const string Token = "bss-token-for-tests";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Profile(string kernel) =>
        $"kind: BootProfile\nname: rocky\nkernel_url: {kernel}\ninitrd_url: http://127.0.0.1/initrd.img\nkernel_params: console=ttyS0 ip=dhcp\n";

    [Fact]
    public async Task Sync_Group_CreatesOneEntryPerMemberThenWritesNothingUntilTheProfileChanges()
    {
        await using var fleet = await PowerFleet.StartAsync(3, TimeSpan.Zero, null, Cancel);
        await using var bss = await BssDouble.StartAsync(Token, Cancel);
        await File.WriteAllTextAsync(fleet.Temp.File("token"), Token + "\n", Cancel);
        var members = fleet.ByXname.Keys.Order(StringComparer.Ordinal).Take(2).ToArray();
        await fleet.ApplyAsync("profile", Profile("http://127.0.0.1/vmlinuz"), Cancel);
        await fleet.ApplyGroupAsync("pair", members, Cancel, bootProfile: "rocky");
        string[] sync = ["boot", "sync", "--group", "pair", "--bss", bss.BaseUri.ToString(), "--access-token-file", fleet.Temp.File("token"), "-o", "json", "--data-dir", fleet.Temp.File("store")];

        var first = await PowerFleet.RunAsync(Cancel, sync);
        var writesAfterFirst = bss.Writes;
        var second = await PowerFleet.RunAsync(Cancel, sync);

        Assert.True(first.Exit == ExitCodes.Ok, first.Error);
        Assert.Equal(["created", "created"], Actions(first.Output));
        Assert.Equal(members, bss.Entries.Keys.Order(StringComparer.Ordinal));
        foreach (var member in members)
        {
            var entry = bss.Entries[member];
            Assert.Equal("http://127.0.0.1/vmlinuz", (string?)entry["kernel"]);
            Assert.Equal("http://127.0.0.1/initrd.img", (string?)entry["initrd"]);
            Assert.Equal("console=ttyS0 ip=dhcp", (string?)entry["params"]);
            var macs = entry["macs"]!.AsArray().Select(m => (string?)m).ToArray();
            Assert.NotEmpty(macs);
            Assert.All(macs, m => Assert.Matches("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$", m!));
        }

        Assert.Equal(2, writesAfterFirst);
        Assert.Equal(ExitCodes.Ok, second.Exit);
        Assert.Equal(["unchanged", "unchanged"], Actions(second.Output));
        Assert.Equal(writesAfterFirst, bss.Writes);
        Assert.Empty(bss.Violations);
        Assert.DoesNotContain(Token, first.Output + first.Error + second.Output + second.Error, StringComparison.Ordinal);

        await fleet.ApplyAsync("profile", Profile("http://127.0.0.1/vmlinuz-2"), Cancel);
        var dry = await PowerFleet.RunAsync(Cancel, [.. sync, "--dry-run"]);
        Assert.Equal(["would_update", "would_update"], Actions(dry.Output));
        Assert.Equal(writesAfterFirst, bss.Writes);
        var third = await PowerFleet.RunAsync(Cancel, sync);
        Assert.Equal(["updated", "updated"], Actions(third.Output));
        Assert.Equal("http://127.0.0.1/vmlinuz-2", (string?)bss.Entries[members[0]]["kernel"]);
        Assert.Empty(bss.Violations);
    }

    [Fact]
    public async Task Sync_WrongToken_FailsEachNodeWithExitFourAndNoTokenInOutput()
    {
        await using var fleet = await PowerFleet.StartAsync(1, TimeSpan.Zero, null, Cancel);
        await using var bss = await BssDouble.StartAsync(Token, Cancel);
        await File.WriteAllTextAsync(fleet.Temp.File("token"), "not-the-token\n", Cancel);
        await fleet.ApplyAsync("profile", Profile("http://127.0.0.1/vmlinuz"), Cancel);
        await fleet.ApplyGroupAsync("one", fleet.ByXname.Keys, Cancel, bootProfile: "rocky");

        var (exit, output, error) = await PowerFleet.RunAsync(Cancel, ["boot", "sync", "--bss", bss.BaseUri.ToString(), "--access-token-file", fleet.Temp.File("token"), "-o", "json", "--data-dir", fleet.Temp.File("store")]);

        Assert.Equal(ExitCodes.RemoteFailure, exit);
        Assert.Equal(["failed"], Actions(output));
        Assert.Contains("HTTP 401", output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token", output + error, StringComparison.Ordinal);
        Assert.Empty(bss.Entries);
    }

    [Fact]
    public async Task Sync_CloudInit_PutsTheGroupsUserDataWithItsAdminUserOnceThenNothing()
    {
        await using var fleet = await PowerFleet.StartAsync(2, TimeSpan.Zero, null, Cancel);
        await using var cloudInit = await CloudInitDouble.StartAsync(Token, Cancel);
        await File.WriteAllTextAsync(fleet.Temp.File("token"), Token + "\n", Cancel);
        await fleet.ApplyAsync("profile", Profile("http://127.0.0.1/vmlinuz") + "admin_username: ops\nssh_key: ssh-ed25519 AAAAtestkey ops@head\nuser_data: |\n  #cloud-config\n  packages: [htop]\n", Cancel);
        await fleet.ApplyGroupAsync("compute", fleet.ByXname.Keys, Cancel, bootProfile: "rocky");
        string[] sync = ["boot", "sync", "--group", "compute", "--cloud-init", cloudInit.BaseUri.ToString(), "--access-token-file", fleet.Temp.File("token"), "-o", "json", "--data-dir", fleet.Temp.File("store")];

        var first = await PowerFleet.RunAsync(Cancel, sync);
        var writes = cloudInit.Writes;
        var second = await PowerFleet.RunAsync(Cancel, sync);

        Assert.True(first.Exit == ExitCodes.Ok, first.Error);
        Assert.Equal(["created"], Actions(first.Output));
        Assert.Equal(["unchanged"], Actions(second.Output));
        Assert.Equal(1, writes);
        Assert.Equal(writes, cloudInit.Writes);
        Assert.Equal(
            "#cloud-config\npackages: [htop]\nusers:\n- default\n- name: ops\n  ssh_authorized_keys:\n  - ssh-ed25519 AAAAtestkey ops@head\n  sudo: ALL=(ALL) NOPASSWD:ALL\n  shell: /bin/bash\n",
            cloudInit.CloudConfig("compute"));
        Assert.Empty(cloudInit.Violations);
    }

    [Fact]
    public async Task Sync_WithoutBss_ExitsTwoNamingTheFlag()
    {
        var (exit, _, error) = await PowerFleet.RunAsync(Cancel, "boot", "sync", "--data-dir", Path.Combine(Path.GetTempPath(), "discover-no-such-store-" + Guid.NewGuid()));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("--bss URL", error, StringComparison.Ordinal);
    }

    private static string[] Actions(string json)
    {
        using var rows = JsonDocument.Parse(json);
        return [.. rows.RootElement.EnumerateArray().Select(r => r.GetProperty("action").GetString() ?? "(null)")];
    }
}
