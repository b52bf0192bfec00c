using System.Text.Json;
using Discovery.Cli;
using Discovery.Store;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Run;

public sealed partial class RunCommandTests
{
    /// <summary>
    /// A pass with its crawl log on a full disk is not lost (issue 13, item 3): the scan and collect go on, the store
    /// (elsewhere) gets every node, the report names the file and says the disk is full, the change report that
    /// needs the log is skipped with a reason, no temporary file is left, exit 3, and the lock is free for the next pass.
    /// </summary>
    [Fact]
    public async Task Run_LogOnAFullDisk_StoresEveryNodeReportsTheDiskAndExits3()
    {
        var token = TestContext.Current.CancellationToken;
        using var disk = await SmallDisk.MountAsync(token);
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync("127.0.38.2", 3, token);
        var config = await WriteConfigAsync(temp, fleet, "127.0.38.0/29", token);
        string[] args = ["run", "-f", config, "-o", "json", "--store", "true", "--data-dir", temp.File("store")];
        var log = disk.File("log");
        disk.Fill();

        var full = await RunAsync(temp, args, token, log);

        Assert.True(full.Exit == ExitCodes.LocalFailure, full.Error);
        Assert.True(full.Report.ValueKind == JsonValueKind.Object, "no JSON report on stdout:\n" + full.Error);
        Assert.Equal((3, 3, 0), (full.Report.GetProperty("bmcs_found").GetInt32(), full.Report.GetProperty("bmcs_ok").GetInt32(), full.Report.GetProperty("bmcs_failed").GetInt32()));
        Assert.Equal(JsonValueKind.Null, full.Report.GetProperty("changes").ValueKind);
        var failure = full.Report.GetProperty("log_failure").GetString();
        Assert.StartsWith($"crawl log: could not write {log}{Path.DirectorySeparatorChar}", failure, StringComparison.Ordinal);
        Assert.EndsWith("the disk is full (No space left on device)", failure, StringComparison.Ordinal);
        Assert.Contains("discover run: " + failure, full.Error, StringComparison.Ordinal);
        Assert.Contains("changes: not reported: the crawl log of this run could not be written", full.Error, StringComparison.Ordinal);
        Assert.Contains("store: 6 added, 0 changed, 0 removed, 0 unchanged", full.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(disk.Path, "*.tmp", SearchOption.AllDirectories));
        using (var inventory = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = temp.File("store") }, token))
        {
            Assert.Equal(3, (await inventory.Nodes.ListAsync(new RecordQuery(), token)).Total);
        }

        // The lock went with the pass, and the log works again once there is room: the failed pass wrote no run,
        // so the next one finds every BMC new to the log (and unchanged in the store).
        disk.Free();
        var next = await RunAsync(temp, args, token, log);

        Assert.True(next.Exit == ExitCodes.ChangesFound, next.Error);
        Assert.Equal(Enumerable.Repeat("added", 3), Kinds(next.Report, "bmcs"));
        Assert.Contains("store: 0 added, 0 changed, 0 removed, 6 unchanged", next.Error, StringComparison.Ordinal);
    }
}
