using Discovery.CrawlLog;
using Discovery.Pipeline;
using Discovery.Testing;

namespace Discovery.IntegrationTests.CrawlLog;

/// <summary>
/// <see cref="CrawlLogGuard"/> when a part file fails in the middle of a run (a full disk; issue 13, item 3): the
/// failure is kept once for every logging that shares the run, later writes do nothing, and no file is left.
/// </summary>
public sealed class CrawlLogGuardTests
{
    [Fact]
    public async Task Write_PartFailsMidRun_KeepsTheFailureForEveryLoggingAndLaterWritesDoNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var disk = await SmallDisk.MountAsync(ct);
        var log = disk.File("log");
        disk.Fill();
        // One row per part: the first row written goes to disk at once, as a large run's rows do.
        var writer = CrawlLogWriter.Create(log, "guard-test", "run", options: new CrawlLogWriterOptions { RowsPerPart = 1 });
        CrawlLogRunSummary? summary;
        await using (var guard = new CrawlLogGuard(writer))
        {
            var collect = CollectLogging.Over(guard);
            guard.Write(Row("127.0.0.2"), static (w, row) => w.AddScan(row));
            guard.Write(Row("127.0.0.3"), static (w, row) => w.AddScan(row));
            summary = await guard.CompleteAsync(CrawlRunStatus.Complete, ct);

            Assert.StartsWith($"crawl log: could not write {log}{Path.DirectorySeparatorChar}scans{Path.DirectorySeparatorChar}", guard.Failure, StringComparison.Ordinal);
            Assert.EndsWith("the disk is full (No space left on device)", guard.Failure, StringComparison.Ordinal);
            Assert.Equal(guard.Failure, collect.Failure);
        }

        Assert.Null(summary);
        Assert.Empty(Directory.EnumerateFiles(log, "*", SearchOption.AllDirectories));
    }

    private static ScanLogRow Row(string address) =>
        new() { Timestamp = DateTimeOffset.UnixEpoch, Address = address, Port = 443, Probe = "redfish_root", Status = "bmc" };
}
