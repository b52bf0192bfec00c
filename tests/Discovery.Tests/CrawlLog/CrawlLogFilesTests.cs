using Discovery.Testing;
using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.CrawlLog.Tests;

public sealed class CrawlLogFilesTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void FileName_PartNumbers_OnlyFileOrPadded()
    {
        Assert.Equal("r1.parquet", CrawlLogFiles.FileName("r1", 0));
        Assert.Equal("r1-0012.parquet", CrawlLogFiles.FileName("r1", 12));
        Assert.Equal(".r1.parquet.4242.tmp", CrawlLogFiles.TempName("r1.parquet", 4242));
        Assert.Equal($".r1.parquet.{Environment.ProcessId}.tmp", CrawlLogFiles.TempName("r1.parquet"));
    }

    [Fact]
    public void PartitionDirectory_NonUtcOffset_UsesUtcDate()
    {
        var local = new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.FromHours(3));
        Assert.Equal(Path.Combine("/log", "responses", "date=2026-11-21"), CrawlLogFiles.PartitionDirectory("/log", "responses", local));
    }

    [Fact]
    public void RemoveStaleTempFiles_OldAndFreshTempsWithoutPid_OnlyOldRemoved()
    {
        // Names without a writer's PID (an older discover wrote them): only their age tells.
        var now = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
        var partition = Directory.CreateDirectory(CrawlLogFiles.PartitionDirectory(_directory.Path, "responses", now)).FullName;
        var stale = Path.Combine(partition, ".old.parquet" + CrawlLogFiles.TempSuffix);
        var fresh = Path.Combine(partition, ".new.parquet" + CrawlLogFiles.TempSuffix);
        var complete = Path.Combine(partition, "done.parquet");
        foreach (var file in new[] { stale, fresh, complete })
        {
            File.WriteAllText(file, "x");
            File.SetLastWriteTimeUtc(file, now.UtcDateTime.AddHours(-2));
        }

        File.SetLastWriteTimeUtc(fresh, now.UtcDateTime.AddMinutes(-1));

        var removed = CrawlLogFiles.RemoveStaleTempFiles(_directory.Path, TimeSpan.FromHours(1), new FakeTimeProvider(now));

        Assert.Equal(1, removed);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(complete));
    }

    [Fact]
    public async Task RemoveStaleTempFiles_FreshTempOfAGoneProcess_RemovedAtOnce()
    {
        // Issue 13, item 14: a writer that no longer runs writes nothing more; its temp file goes at once.
        var gone = await GonePidAsync();
        var partition = Directory.CreateDirectory(CrawlLogFiles.PartitionDirectory(_directory.Path, "responses", DateTimeOffset.UtcNow)).FullName;
        var orphan = Path.Combine(partition, CrawlLogFiles.TempName("dead.parquet", gone));
        var live = Path.Combine(partition, CrawlLogFiles.TempName("live.parquet"));
        File.WriteAllText(orphan, "x");
        File.WriteAllText(live, "x");

        var removed = CrawlLogFiles.RemoveStaleTempFiles(_directory.Path, TimeSpan.FromHours(1), TimeProvider.System);

        Assert.Equal(1, removed);
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(live), "a running writer's fresh temp file must stay");
    }

    [Fact]
    public void RemoveStaleTempFiles_PidReusedByALaterProcess_RemovedAtOnce()
    {
        // The PID in the name runs, but that process started after the file was last written: not its writer.
        var partition = Directory.CreateDirectory(CrawlLogFiles.PartitionDirectory(_directory.Path, "responses", DateTimeOffset.UtcNow)).FullName;
        var reused = Path.Combine(partition, CrawlLogFiles.TempName("reused.parquet"));
        File.WriteAllText(reused, "x");
        File.SetLastWriteTimeUtc(reused, System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime().AddMinutes(-5));

        var removed = CrawlLogFiles.RemoveStaleTempFiles(_directory.Path, TimeSpan.FromHours(1), TimeProvider.System);

        Assert.Equal(1, removed);
        Assert.False(File.Exists(reused));
    }

    // The PID of a process that ran and was reaped (a later process may take the PID again, but not within this test's instant).
    private static async Task<int> GonePidAsync()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return process.Id;
    }
}
