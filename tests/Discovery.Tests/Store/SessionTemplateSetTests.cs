using Discovery.Records;
using Discovery.Testing;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>Session templates as versioned records: apply, validation with file:line, history and --as-of (issue 15).</summary>
public sealed class SessionTemplateSetTests : IDisposable
{
    private const string Profile = """
        kind: BootProfile
        name: rocky9
        kernel_url: http://127.0.0.1/k
        initrd_url: http://127.0.0.1/i
        """;

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ApplyAsync_Template_StoresBootSetsKeepsHistoryAndReadsAsOf()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var first = await ApplyAsync(store, Template("console=ttyS0"));
        Assert.Empty(first.Errors);
        await store.CreateSnapshotAsync(false, Token);
        _clock.SetUtcNow(InventorySamples.Start.AddHours(2));
        Assert.Empty((await ApplyAsync(store, Template("quiet"))).Errors);

        var now = (await store.SessionTemplates.GetAsync("compute-reboot", Token))!.Record;
        var set = Assert.Single(now.BootSets);
        Assert.Equal(("compute", "rocky9", "boot_profile", "quiet"), (set.Key, set.Value.Path, set.Value.Type, set.Value.KernelParameters));
        Assert.Equal(["compute", "gpu"], set.Value.NodeGroups);
        Assert.Equal(["x3000c0s1b0n0"], set.Value.NodeList);
        var past = await store.SessionTemplates.ListAsync(new RecordQuery { AsOf = InventorySamples.Start.AddHours(1) }, Token);
        Assert.Equal("console=ttyS0", Assert.Single(past.Items).BootSets["compute"].KernelParameters);
        var history = await store.ReadHistoryAsync(new HistoryQuery { Record = "compute-reboot", Kind = RecordKind.SessionTemplate }, Token);
        Assert.Equal([ChangeKind.Added, ChangeKind.Changed], history.Select(e => e.Event));
        Assert.Equal("session_template", history[0].Kind);
        Assert.Equal(("boot_sets.compute.kernel_parameters", "\"quiet\""), (Assert.Single(history[1].Changes).Field, Assert.Single(history[1].Changes).After));
    }

    [Fact]
    public async Task ApplyAsync_BadTemplate_NamesFileLineAndValueAndStoresNothing()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var text = Template("quiet").Replace("type: boot_profile", "type: s3", StringComparison.Ordinal)
            .Replace("- x3000c0s1b0n0", "- NOT-AN-XNAME", StringComparison.Ordinal);

        var report = await ApplyAsync(store, text);

        Assert.Contains(report.Errors, e => e.ToString().Contains("t.yaml:", StringComparison.Ordinal) && e.Message.Contains("'s3'", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Message.Contains("'NOT-AN-XNAME'", StringComparison.Ordinal));
        Assert.Empty((await store.SessionTemplates.ListAsync(new RecordQuery(), Token)).Items);
    }

    [Fact]
    public async Task ApplyAsync_UnknownProfileOrNoNodes_IsRefusedWithTheBootSetNamed()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var unknown = await ApplyAsync(store, Template("quiet").Replace("path: rocky9", "path: nosuch", StringComparison.Ordinal));
        var empty = await ApplyAsync(store, Profile + "\n---\nkind: SessionTemplate\nname: t\nboot_sets:\n  a:\n    path: rocky9\n    type: boot_profile\n");

        Assert.Contains(unknown.Errors, e => e.Field == "boot_sets.compute.path" && e.Message.Contains("'nosuch'", StringComparison.Ordinal));
        Assert.Contains(empty.Errors, e => e.Field == "boot_sets.a" && e.Message.Contains("node_list or node_groups", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteAsync_ProfileUsedByATemplate_IsRefused()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        Assert.Empty((await ApplyAsync(store, Template("quiet"))).Errors);

        var deleted = await store.BootProfiles.DeleteAsync("rocky9", WriteConditions.None, Token);

        Assert.False(deleted.Succeeded);
        Assert.Contains("1 session template(s)", deleted.Message, StringComparison.Ordinal);
    }

    private static string Template(string parameters) => Profile + $"""

        ---
        kind: SessionTemplate
        name: compute-reboot
        description: reboot the compute nodes
        boot_sets:
          compute:
            path: rocky9
            type: boot_profile
            kernel_parameters: {parameters}
            node_groups: [gpu, compute]
            node_list:
              - x3000c0s1b0n0
        """;

    private static Task<ApplyReport> ApplyAsync(InventoryStore store, string text) =>
        store.ApplyAsync(new ApplyRequest { Sources = [new ManifestSource("t.yaml", text)] }, "test", Token);
}
