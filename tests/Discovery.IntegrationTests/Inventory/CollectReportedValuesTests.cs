using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Api;
using Discovery.Cli;
using Discovery.MockBmc;
using Discovery.Records;
using Discovery.Store;
using Discovery.Store.DuckDb;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Inventory;

/// <summary>
/// Issue 13, item 1: what a BMC reports is kept, never refused. <c>discover collect</c> through the real pipeline into
/// a real store: an odd reported value never costs the node, and a record the store cannot keep fails the collect.
/// </summary>
public sealed class CollectReportedValuesTests
{
    private const string RackHostName = "Rack 3/Slot 9 Gen12";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Collect_SystemHostNameThatIsNoHostName_StoresTheNodeWithItsReportedHostname()
    {
        using var temp = new TempDirectory();
        var mockup = await MockupVariants.WithEditsAsync(MockupPaths.Project("minimal"), temp.File("mockup"), new Dictionary<string, Action<JsonObject>>
        {
            // A real iLO's HostName, and a link state no Redfish schema has.
            ["/redfish/v1/Systems/1"] = system => system["HostName"] = RackHostName,
            ["/redfish/v1/Systems/1/EthernetInterfaces/1"] = nic => nic["LinkStatus"] = "Up",
        }, Token);
        await CreateStoreOfBeforeReportedHostnameAsync(temp.File("store"));
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [mockup] }, Token);

        var collect = await CollectAsync(temp, fleet);
        var get = await RunAsync("get", "nodes", "--data-dir", temp.File("store"), "-o", "json");

        Assert.True(collect.Exit == ExitCodes.Ok, collect.Error);
        Assert.Contains("store: 2 added, 0 changed, 0 removed, 0 unchanged", collect.Error, StringComparison.Ordinal);
        Assert.Contains("without network_interfaces[0].link_status: 'Up' is not a Redfish link status", collect.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("could not store", collect.Error, StringComparison.Ordinal);
        var node = Assert.Single(JsonDocument.Parse(get.Output).RootElement.EnumerateArray());
        Assert.Equal((RackHostName, null), (Text(node, "reported_hostname"), Text(node, "hostname")));
        var nic = Assert.Single(node.GetProperty("network_interfaces").EnumerateArray());
        Assert.Equal((null, "10.1.0.11"), (Text(nic, "link_status"), nic.GetProperty("ipv4_addresses")[0].GetString()));

        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = temp.File("store") }, Token);
        Assert.Equal(RackHostName, await ApiNodeFieldAsync(store, "reported_hostname"));
        var snapshot = (await store.CreateSnapshotAsync(Token))!;
        using var parquet = DuckDbConnections.Open(null);
        Assert.Equal(RackHostName, parquet.Scalar($"SELECT reported_hostname FROM read_parquet({DuckDbCommands.Literal(Path.Combine(snapshot.Path, "nodes.parquet"))})"));
    }

    [Fact]
    public async Task Collect_NodeTheStoreCannotKeep_ExitsThreeAndNamesIt()
    {
        using var temp = new TempDirectory();
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        var map = temp.File("ids.json");
        await File.WriteAllTextAsync(map, $$"""{ "{{fleet.Instances[0].Address}}": "x3000c0s7b0" }""", Token);
        using (var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = temp.File("store") }, Token))
        {
            // Someone registered the xname for another machine (no system UUID, no BMC): the crawled node cannot have it.
            await store.Nodes.CreateAsync(new ComputeNode { Id = Guid.Empty, Xname = "x3000c0s7b0n0", Hostname = "spare" }, WriteConditions.None, Token);
        }

        var collect = await CollectAsync(temp, fleet, "--id-map", map);

        Assert.True(collect.Exit == ExitCodes.LocalFailure, collect.Error);
        Assert.Matches(
            $"store: could not store node x3000c0s7b0n0 of BMC {fleet.Instances[0].Address}: xname: 'x3000c0s7b0n0' is already the xname of node [0-9a-f-]{{36}}",
            collect.Error);
        Assert.Equal("ok", Assert.Single(JsonDocument.Parse(collect.Output).RootElement.EnumerateArray()).GetProperty("status").GetString());
    }

    // Null fields are left out of the JSON.
    private static string? Text(JsonElement record, string field) => record.TryGetProperty(field, out var value) ? value.GetString() : null;

    private static async Task<(int Exit, string Output, string Error)> CollectAsync(TempDirectory temp, MockFleet fleet, params string[] more)
    {
        await File.WriteAllTextAsync(temp.File("password"), "password\n", Token);
        return await RunAsync(
            ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path, "--no-log",
             "--data-dir", temp.File("store"), "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store", .. more]);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(args, output, error, Token);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A store written before nodes had <c>reported_hostname</c>: opening it must add the column.</summary>
    private static async Task CreateStoreOfBeforeReportedHostnameAsync(string directory)
    {
        using (await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = directory }, Token))
        {
        }

        using var connection = DuckDbConnections.Open(Path.Combine(directory, "inventory.duckdb"));
        // Such a store had no index on nodes.id either.
        connection.Execute("DROP INDEX nodes_id");
        connection.Execute("DROP INDEX nodes_xname");
        connection.Execute("ALTER TABLE nodes DROP COLUMN reported_hostname");
        connection.Execute("CREATE INDEX nodes_xname ON nodes (xname)");
    }

    /// <summary>A field of the first node as <c>discover serve</c>'s <c>GET /nodes</c> shows it.</summary>
    private static async Task<string?> ApiNodeFieldAsync(InventoryStore store, string field)
    {
        await using var host = ApiHost.Create(
            new ApiOptions { Listen = "127.0.0.1:0", Hs256Secret = Encoding.UTF8.GetBytes("reported-values-test-secret-of-32-bytes+"), SnapshotInterval = null }, store);
        await host.StartAsync(Token);
        try
        {
            using var http = new HttpClient { BaseAddress = host.Addresses[0] };
            using var page = JsonDocument.Parse(await http.GetStringAsync(new Uri("nodes", UriKind.Relative), Token));
            return page.RootElement.GetProperty("items")[0].GetProperty(field).GetString();
        }
        finally
        {
            await host.StopAsync(Token);
        }
    }
}
