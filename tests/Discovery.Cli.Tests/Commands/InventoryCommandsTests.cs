using System.Globalization;
using System.Text;
using System.Text.Json;
using Discovery.Api;
using Discovery.Store;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

/// <summary><c>get</c>, <c>delete</c>, <c>history</c>, <c>snapshot</c> and <c>token</c>, local and through <c>--server</c>.</summary>
public sealed class InventoryCommandsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Store => _temp.File("store");

    private static string Manifests => Path.Combine(AppContext.BaseDirectory, "manifests");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Get_NodeAsYaml_ShowsTheEffectiveBootProfileAndWhereItComesFrom()
    {
        Assert.Equal(0, await new CliTestContext().RunAsync("apply", "-f", Manifests, "--data-dir", Store));
        var context = new CliTestContext();

        var exit = await context.RunAsync("get", "node", "x3000c0s1b0n0", "--data-dir", Store, "-o", "yaml");

        Assert.Equal(0, exit);
        var yaml = context.Output.ToString();
        Assert.Contains("effective_boot_profile:\n  profile_name: rocky9\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  from_group: compute\n", yaml, StringComparison.Ordinal);
        Assert.Contains("kernel_url: http://10.0.0.1/boot/rocky9/vmlinuz", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WideTableAndFilters_ListTheMatchingNodes()
    {
        Assert.Equal(0, await new CliTestContext().RunAsync("apply", "-f", Manifests, "--data-dir", Store));
        var wide = new CliTestContext();
        var inGroup = new CliTestContext();

        await wide.RunAsync("get", "nodes", "--data-dir", Store, "-o", "wide");
        await inGroup.RunAsync("get", "nodes", "--group", "debug", "--data-dir", Store, "-o", "json");

        var lines = wide.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("XNAME", lines[0], StringComparison.Ordinal);
        Assert.Contains("BOOT PROFILE", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["x3000c0s2b0n0"], JsonDocument.Parse(inGroup.Output.ToString()).RootElement.EnumerateArray().Select(n => n.GetProperty("xname").GetString()));
    }

    [Fact]
    public async Task Delete_Node_ThenHistoryTellsAddedThenRemoved()
    {
        Assert.Equal(0, await new CliTestContext().RunAsync("apply", "-f", Manifests, "--data-dir", Store));
        var delete = new CliTestContext();
        var history = new CliTestContext();

        var exit = await delete.RunAsync("delete", "node", "x3000c0s1b0n0", "--data-dir", Store);
        await history.RunAsync("history", "x3000c0s1b0n0", "--data-dir", Store, "-o", "json");

        Assert.Equal(0, exit);
        var events = JsonDocument.Parse(history.Output.ToString()).RootElement;
        Assert.Equal(["added", "removed"], events.EnumerateArray().Select(e => e.GetProperty("event").GetString()));
        Assert.Equal(ExitCodes.SomeTargetsFailed, await new CliTestContext().RunAsync("delete", "node", "x3000c0s1b0n0", "--data-dir", Store));

        // --before pages back from the removal to the addition.
        var back = new CliTestContext();
        await back.RunAsync("history", "x3000c0s1b0n0", "--before", events[1].GetProperty("sequence").GetInt64().ToString(CultureInfo.InvariantCulture), "--data-dir", Store, "-o", "json");
        Assert.Equal(["added"], JsonDocument.Parse(back.Output.ToString()).RootElement.EnumerateArray().Select(e => e.GetProperty("event").GetString()));
    }

    [Fact]
    public async Task Snapshot_CreateListRestore_AndGetAsOfReadsThePast()
    {
        Assert.Equal(0, await new CliTestContext().RunAsync("apply", "-f", Manifests, "--data-dir", Store));
        var create = new CliTestContext();
        Assert.Equal(0, await create.RunAsync("snapshot", "create", "--data-dir", Store, "-o", "json"));
        var name = JsonDocument.Parse(create.Output.ToString()).RootElement[0].GetProperty("name").GetString()!;
        Assert.Equal(0, await new CliTestContext().RunAsync("delete", "node", "x3000c0s1b0n0", "--data-dir", Store));

        var past = new CliTestContext();
        await past.RunAsync("get", "nodes", "--as-of", DateTimeOffset.UtcNow.AddSeconds(1).ToString("O"), "--data-dir", Store, "-o", "json");
        var restore = new CliTestContext();
        var exit = await restore.RunAsync("snapshot", "restore", name, "--data-dir", Store);
        var list = new CliTestContext();
        await list.RunAsync("snapshot", "list", "--data-dir", Store, "-o", "json");
        var now = new CliTestContext();
        await now.RunAsync("get", "nodes", "--data-dir", Store, "-o", "json");

        Assert.Equal(2, JsonDocument.Parse(past.Output.ToString()).RootElement.GetArrayLength());
        Assert.True(exit == 0, restore.Error.ToString());
        Assert.Equal(2, JsonDocument.Parse(list.Output.ToString()).RootElement.GetArrayLength());
        Assert.Equal(2, JsonDocument.Parse(now.Output.ToString()).RootElement.GetArrayLength());
        Assert.Equal(ExitCodes.BadInput, await new CliTestContext().RunAsync("snapshot", "restore", "nosuch", "--data-dir", Store));
    }

    [Fact]
    public async Task Server_ApplyAndGetThroughTheApi_WithATokenFromDiscoverToken()
    {
        var secret = "a-secret-for-the-cli-tests-of-32-bytes-or-more";
        await File.WriteAllTextAsync(_temp.File("secret"), secret + "\n", Token);
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = Store }, Token);
        await using var host = ApiHost.Create(new ApiOptions { Listen = "127.0.0.1:0", Hs256Secret = Encoding.UTF8.GetBytes(secret), SnapshotInterval = null }, store);
        await host.StartAsync(Token);
        var server = host.Addresses[0].ToString();
        var token = new CliTestContext();
        Assert.Equal(0, await token.RunAsync("token", "--subject", "bob", "--jwt-secret-file", _temp.File("secret")));
        await File.WriteAllTextAsync(_temp.File("token"), token.Output.ToString(), Token);

        var noToken = new CliTestContext();
        var apply = new CliTestContext();
        var exitNoToken = await noToken.RunAsync("apply", "-f", Manifests, "--server", server);
        var exitApply = await apply.RunAsync("apply", "-f", Manifests, "--server", server, "--token-file", _temp.File("token"));
        var again = new CliTestContext();
        await again.RunAsync("apply", "-f", Manifests, "--server", server, "--token-file", _temp.File("token"));
        var get = new CliTestContext();
        await get.RunAsync("get", "node", "x3000c0s2b0n0", "--server", server, "-o", "json");

        Assert.Equal(ExitCodes.RemoteFailure, exitNoToken);
        Assert.Contains("401", noToken.Error.ToString(), StringComparison.Ordinal);
        Assert.True(exitApply == 0, apply.Error.ToString());
        Assert.Contains("8 unchanged", again.Error.ToString(), StringComparison.Ordinal);
        var node = JsonDocument.Parse(get.Output.ToString()).RootElement;
        Assert.Equal(("nid0002", "rocky9-debug"), (node.GetProperty("hostname").GetString(), node.GetProperty("effective_boot_profile").GetProperty("profile_name").GetString()));
        Assert.Equal("api:bob", (await store.ReadHistoryAsync(new HistoryQuery { Record = "x3000c0s2b0n0" }, Token))[0].Actor);
        await host.StopAsync(Token);
    }
}
