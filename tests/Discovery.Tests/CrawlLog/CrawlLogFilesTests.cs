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
        Assert.Equal(".r1.parquet.tmp", CrawlLogFiles.TempName("r1.parquet"));
    }

    [Fact]
    public void PartitionDirectory_NonUtcOffset_UsesUtcDate()
    {
        var local = new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.FromHours(3));
        Assert.Equal(Path.Combine("/log", "responses", "date=2026-11-21"), CrawlLogFiles.PartitionDirectory("/log", "responses", local));
    }

    [Fact]
    public void RemoveStaleTempFiles_OldAndFreshTemps_OnlyOldRemoved()
    {
        var now = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
        var partition = Directory.CreateDirectory(CrawlLogFiles.PartitionDirectory(_directory.Path, "responses", now)).FullName;
        var stale = Path.Combine(partition, CrawlLogFiles.TempName("old.parquet"));
        var fresh = Path.Combine(partition, CrawlLogFiles.TempName("new.parquet"));
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
}
