using System.Text.Json;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

/// <summary>
/// An apply's nodes are read up front and written in bulk: documents of one apply that rename, create and update
/// the same xnames, or reuse a NIC id, still see each other's changes as if each had been written on its own.
/// </summary>
public sealed class ApplyBatchTests : IDisposable
{
    private const string NodeA = "6f1c7a52-0000-4000-8000-00000000000a";
    private const string NodeB = "6f1c7a52-0000-4000-8000-00000000000b";
    private const string NicA = "6f1c7a52-0000-4000-8000-0000000000a1";

    private readonly TempDirectory _temp = new();

    private string Store => _temp.File("store");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Apply_RenameThenReuseXnameAndNicIdInOneBatch_EachDocumentSeesTheOnesBefore()
    {
        await ApplyAsync("first.yaml",
            $"kind: ComputeNode\nid: {NodeA}\nxname: x1000c0s0b0n0\nhostname: a\nnetwork_interfaces:\n  - id: {NicA}\n    name: eth0\n    mac_address: 02:00:00:00:00:0a\n" +
            $"---\nkind: ComputeNode\nid: {NodeB}\nxname: x1000c0s1b0n0\nhostname: b\n");

        var (exit, error) = await ApplyAsync("second.yaml",
            $"kind: ComputeNode\nid: {NodeA}\nxname: x1000c0s2b0n0\n" +
            "---\nkind: ComputeNode\nxname: x1000c0s0b0n0\nhostname: fresh\n" +
            "---\nkind: ComputeNode\nxname: x1000c0s1b0n0\nhostname: b2\n" +
            $"---\nkind: ComputeNode\nxname: x1000c0s3b0n0\nnetwork_interfaces:\n  - id: {NicA}\n    name: eth0\n    mac_address: 02:00:00:00:00:0c\n");

        Assert.True(exit == 0, error);
        Assert.Contains("apply: 2 created, 2 updated, 0 unchanged", error, StringComparison.Ordinal);
        var nodes = await NodesAsync();
        Assert.Equal(4, nodes.Count);
        Assert.Equal(NodeA, nodes["x1000c0s2b0n0"].GetProperty("id").GetString());
        Assert.Equal(NicA, nodes["x1000c0s2b0n0"].GetProperty("network_interfaces")[0].GetProperty("id").GetString());
        var reused = nodes["x1000c0s0b0n0"];
        Assert.NotEqual(NodeA, reused.GetProperty("id").GetString());
        Assert.Equal("fresh", reused.GetProperty("hostname").GetString());
        Assert.Equal(("b2", NodeB), (nodes["x1000c0s1b0n0"].GetProperty("hostname").GetString(), nodes["x1000c0s1b0n0"].GetProperty("id").GetString()));
        // A NIC id another node's NIC holds is not taken over: the new NIC gets one of its own.
        var nic = nodes["x1000c0s3b0n0"].GetProperty("network_interfaces")[0];
        Assert.Equal("02:00:00:00:00:0c", nic.GetProperty("mac_address").GetString());
        Assert.NotEqual(NicA, nic.GetProperty("id").GetString());

        var (again, againError) = await ApplyAsync("second.yaml", null);
        Assert.True(again == 0, againError);
        Assert.Contains("apply: 0 created, 0 updated, 4 unchanged", againError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_TwoDocumentsClaimOneXname_ConflictNamesTheSecondAndStoresNothing()
    {
        await ApplyAsync("first.yaml", $"kind: ComputeNode\nid: {NodeB}\nxname: x1000c0s1b0n0\nhostname: b\n");

        var (exit, error) = await ApplyAsync("clash.yaml",
            $"kind: ComputeNode\nid: {NodeB}\nxname: x1000c0s9b0n0\n" +
            $"---\nkind: ComputeNode\nid: {NodeA}\nxname: x1000c0s9b0n0\nhostname: a\n");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"clash.yaml:7: document 2: field xname: 'x1000c0s9b0n0' is already the xname of node {NodeB}", error, StringComparison.Ordinal);
        var nodes = await NodesAsync();
        Assert.Equal(["x1000c0s1b0n0"], nodes.Keys);
    }

    private async Task<(int Exit, string Error)> ApplyAsync(string name, string? text)
    {
        if (text is not null)
        {
            await File.WriteAllTextAsync(_temp.File(name), text, TestContext.Current.CancellationToken);
        }

        var context = new CliTestContext();
        var exit = await context.RunAsync("apply", "-f", _temp.File(name), "--data-dir", Store, "-o", "table");
        return (exit, context.Error.ToString());
    }

    private async Task<Dictionary<string, JsonElement>> NodesAsync()
    {
        var context = new CliTestContext();
        Assert.Equal(0, await context.RunAsync("get", "nodes", "--data-dir", Store, "-o", "json"));
        return JsonDocument.Parse(context.Output.ToString()).RootElement.EnumerateArray()
            .ToDictionary(n => n.GetProperty("xname").GetString()!, n => n.Clone());
    }
}
