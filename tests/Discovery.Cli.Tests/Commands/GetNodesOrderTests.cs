using System.Text.Json;
using System.Text.RegularExpressions;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

/// <summary><c>discover get nodes</c> lists xnames in natural order, <c>s2</c> before <c>s10</c> (issue 18), in every output form.</summary>
public sealed class GetNodesOrderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task GetNodes_XnamesAppliedOutOfOrder_TableAndJsonInNaturalOrder()
    {
        var manifest = _temp.File("nodes.yaml");
        await File.WriteAllTextAsync(manifest, string.Join("---\n", new[] { 10, 2, 1, 11, 3 }.Select(s => $"kind: ComputeNode\nxname: x1000c0s{s}b0n0\n")), TestContext.Current.CancellationToken);
        var store = _temp.File("store");
        Assert.Equal(0, await new CliTestContext().RunAsync("apply", "-f", manifest, "--data-dir", store));
        var table = new CliTestContext();
        var json = new CliTestContext();

        Assert.Equal(0, await table.RunAsync("get", "nodes", "--data-dir", store));
        Assert.Equal(0, await json.RunAsync("get", "nodes", "--data-dir", store, "-o", "json"));

        string[] expected = ["x1000c0s1b0n0", "x1000c0s2b0n0", "x1000c0s3b0n0", "x1000c0s10b0n0", "x1000c0s11b0n0"];
        var rows = Regex.Matches(table.Output.ToString(), @"x1000c0s[0-9]+b0n0").Select(m => m.Value);
        Assert.Equal(expected, rows);
        Assert.Equal(expected, JsonDocument.Parse(json.Output.ToString()).RootElement.EnumerateArray().Select(n => n.GetProperty("xname").GetString()));
    }
}
