using System.Text.Json;
using Discovery.Cli;
using Discovery.Store;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.CrawlLog;

/// <summary>
/// <c>discover collect</c> with the crawl log on a full disk: the crawl is not lost. Every BMC's row reaches standard
/// output and the store (on another disk), the error names the file and says the disk is full, exit 3, and no
/// temporary file is left (issue 13, item 3).
/// </summary>
public sealed class CollectFullDiskTests
{
    [Fact]
    public async Task Collect_LogOnAFullDisk_PrintsAndStoresEveryBmcAndExits3()
    {
        var ct = TestContext.Current.CancellationToken;
        using var disk = await SmallDisk.MountAsync(ct);
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File("password"), "password\n", ct);
        await using var fleet = await MockFleets.StartProjectAsync("multi-system", count: 3, cancellationToken: ct);
        var log = disk.File("log");
        disk.Fill();

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(
            ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path, "--log-dir", log,
             "--data-dir", temp.File("store"), "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store"],
            output,
            error,
            ct);

        var errors = error.ToString();
        Assert.True(exit == ExitCodes.LocalFailure, errors);
        using var rows = JsonDocument.Parse(output.ToString());
        Assert.Equal(["ok", "ok", "ok"], rows.RootElement.EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Contains($"discover: crawl log: could not write {log}{Path.DirectorySeparatorChar}", errors, StringComparison.Ordinal);
        Assert.Contains("the disk is full (No space left on device)", errors, StringComparison.Ordinal);
        Assert.Contains("store: 15 added, 0 changed, 0 removed, 0 unchanged", errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(disk.Path, "*.tmp", SearchOption.AllDirectories));
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = temp.File("store") }, ct);
        Assert.Equal(12, (await store.Nodes.ListAsync(new RecordQuery(), ct)).Total);
    }
}
