using System.Text.Json;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

/// <summary><c>discover apply</c> against a local store: idempotent, dry run, all or nothing, located errors.</summary>
public sealed class ApplyCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Store => _temp.File("store");

    private static string Manifests => Path.Combine(AppContext.BaseDirectory, "manifests");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Apply_TwiceTheSameManifests_SecondReportsNoChange()
    {
        var first = new CliTestContext();
        var second = new CliTestContext();

        var exit1 = await first.RunAsync("apply", "-f", Manifests, "--data-dir", Store, "-o", "table");
        var exit2 = await second.RunAsync("apply", "-f", Manifests, "--data-dir", Store, "-o", "table");

        Assert.True(exit1 == 0, first.Error.ToString());
        Assert.Contains("apply: 8 created, 0 updated, 0 unchanged", first.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, exit2);
        Assert.Contains("apply: 0 created, 0 updated, 8 unchanged", second.Error.ToString(), StringComparison.Ordinal);
        Assert.All(second.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(" unchanged (", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_DryRun_ShowsTheDiffAndStoresNothing()
    {
        await new CliTestContext().RunAsync("apply", "-f", Manifests, "--data-dir", Store);
        await File.WriteAllTextAsync(_temp.File("rename.yaml"), "kind: ComputeNode\nxname: x3000c0s1b0n0\nhostname: login1\n", TestContext.Current.CancellationToken);
        var dry = new CliTestContext();

        var exit = await dry.RunAsync("apply", "-f", _temp.File("rename.yaml"), "--dry-run", "--data-dir", Store, "-o", "table");

        Assert.Equal(0, exit);
        Assert.Contains("would be updated", dry.Output.ToString(), StringComparison.Ordinal);
        Assert.Contains("hostname: \"nid0001\" -> \"login1\"", dry.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal("nid0001", (await NodeAsync("x3000c0s1b0n0")).GetProperty("hostname").GetString());
    }

    [Fact]
    public async Task Apply_BrokenYaml_ReportsFileAndLineAndChangesNothing()
    {
        var folder = Directory.CreateDirectory(_temp.File("manifests")).FullName;
        File.Copy(Path.Combine(Manifests, "10-boot-profiles.yaml"), Path.Combine(folder, "10-boot-profiles.yaml"));
        await File.WriteAllTextAsync(Path.Combine(folder, "20-broken.yaml"), "kind: ComputeNode\nxname: x3000c0s1b0n0\nhostname: [unclosed\n", TestContext.Current.CancellationToken);
        var context = new CliTestContext();

        var exit = await context.RunAsync("apply", "-f", folder, "--data-dir", Store);

        Assert.Equal(ExitCodes.BadInput, exit);
        // The parser reports the unclosed flow sequence where the input ends.
        Assert.Contains(Path.Combine(folder, "20-broken.yaml") + ":4: not valid YAML", context.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing was changed", context.Error.ToString(), StringComparison.Ordinal);
        var profiles = new CliTestContext();
        await profiles.RunAsync("get", "boot-profiles", "--data-dir", Store, "-o", "json");
        Assert.Equal(0, JsonDocument.Parse(profiles.Output.ToString()).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Apply_BadValueOrUnknownGroup_NamesFileLineAndFieldAndChangesNothing()
    {
        await File.WriteAllTextAsync(_temp.File("nodes.yaml"),
            "kind: ComputeNode\nxname: x3000c0s1b0n0\nhostname: ok\n---\nkind: ComputeNode\nxname: x3000c0s2b0n0\ngroups: [nosuch]\n",
            TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(_temp.File("bad.yaml"), "kind: Bmc\nxname: x3000c0s1b0\nip: 10.0.0.1\nmac: not-a-mac\n", TestContext.Current.CancellationToken);
        var unknownGroup = new CliTestContext();
        var badMac = new CliTestContext();

        var exit1 = await unknownGroup.RunAsync("apply", "-f", _temp.File("nodes.yaml"), "--data-dir", Store);
        var exit2 = await badMac.RunAsync("apply", "-f", _temp.File("bad.yaml"), "--data-dir", Store);

        Assert.Equal((ExitCodes.BadInput, ExitCodes.BadInput), (exit1, exit2));
        Assert.Contains(_temp.File("nodes.yaml") + ":7: document 2: field groups[0]:", unknownGroup.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains(_temp.File("bad.yaml") + ":4: document 1: field mac:", badMac.Error.ToString(), StringComparison.Ordinal);
        var get = new CliTestContext();
        await get.RunAsync("get", "nodes", "--data-dir", Store, "-o", "json");
        Assert.Equal(0, JsonDocument.Parse(get.Output.ToString()).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Apply_FromStandardInput_NamesItStdin()
    {
        var context = new CliTestContext { Input = new StringReader("kind: NodeGroup\nname: Bad Name\n") };

        var exit = await context.RunAsync("apply", "-f", "-", "--data-dir", Store);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("<stdin>:2: document 1: field name:", context.Error.ToString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> NodeAsync(string xname)
    {
        var context = new CliTestContext();
        Assert.Equal(0, await context.RunAsync("get", "node", xname, "--data-dir", Store, "-o", "json"));
        return JsonDocument.Parse(context.Output.ToString()).RootElement.Clone();
    }
}
