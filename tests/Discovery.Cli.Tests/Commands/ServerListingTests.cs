using System.Globalization;
using System.Text.Json;
using Discovery.Api;
using Discovery.Store;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

/// <summary><c>discover get KIND --server URL</c> lists every record, however many pages the server cuts them into.</summary>
public sealed class ServerListingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task GetNodes_MoreThanTheServersLargestPage_ReturnsEveryNodeOnce()
    {
        const int Count = 1203;
        var options = new ApiOptions { Listen = "127.0.0.1:0", Auth = ApiAuthMode.None, SnapshotInterval = null };
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = _temp.File("store") }, Token);
        var xnames = Enumerable.Range(0, Count).Select(i => string.Create(CultureInfo.InvariantCulture, $"x{3000 + (i / 64)}c0s{i % 64}b0n0")).ToList();
        var report = await store.ApplyAsync(new ApplyRequest { Sources = [new ManifestSource("nodes.yaml", string.Concat(xnames.Select(x => $"---\nkind: ComputeNode\nxname: {x}\n")))] }, Token);
        Assert.True(report.Succeeded);
        await using var host = ApiHost.Create(options, store);
        await host.StartAsync(Token);
        var server = host.Addresses[0].ToString();
        var all = new CliTestContext();
        var some = new CliTestContext();

        var exitAll = await all.RunAsync("get", "nodes", "--server", server, "-o", "json");
        var exitSome = await some.RunAsync("get", "nodes", "--server", server, "--limit", "1100", "-o", "json");

        Assert.True(Count > options.MaxPageSize);
        Assert.True(exitAll == 0, all.Error.ToString());
        // The xnames were made in natural order (s2 before s10), the order listings page in.
        Assert.Equal(xnames, XnamesOf(all));
        Assert.Equal(0, exitSome);
        Assert.Equal(xnames.Take(1100), XnamesOf(some));
        await host.StopAsync(Token);
    }

    private static IEnumerable<string?> XnamesOf(CliTestContext context) =>
        JsonDocument.Parse(context.Output.ToString()).RootElement.EnumerateArray().Select(n => n.GetProperty("xname").GetString());
}
