using Discovery.Testing;
using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;

namespace Discovery.CrawlLog.Tests;

public sealed class CrawlLogRetentionTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void RemoveOlderThan_SevenDays_RemovesOnlyOlderPartitionsOfLogTables()
    {
        var now = new DateTimeOffset(2026, 12, 10, 1, 0, 0, TimeSpan.Zero);
        foreach (var (table, date) in new[] { ("responses", "2026-12-03"), ("responses", "2026-12-04"), ("runs", "2026-12-01"), ("nodes", "2026-12-10") })
        {
            Directory.CreateDirectory(Path.Combine(_directory.Path, table, "date=" + date));
            File.WriteAllText(Path.Combine(_directory.Path, table, "date=" + date, "r.parquet"), "x");
        }

        // Not the log's: left alone whatever its age.
        Directory.CreateDirectory(Path.Combine(_directory.Path, "notes", "date=2020-01-01"));
        Directory.CreateDirectory(Path.Combine(_directory.Path, "responses", "date=garbage"));

        var removed = CrawlLogRetention.RemoveOlderThan(_directory.Path, keepDays: 7, now);

        Assert.Equal(["runs/date=2026-12-01", "responses/date=2026-12-03"], removed.Order(StringComparer.Ordinal).Reverse());
        Assert.True(Directory.Exists(Path.Combine(_directory.Path, "responses", "date=2026-12-04")));
        Assert.True(Directory.Exists(Path.Combine(_directory.Path, "nodes", "date=2026-12-10")));
        Assert.True(Directory.Exists(Path.Combine(_directory.Path, "notes", "date=2020-01-01")));
        Assert.True(Directory.Exists(Path.Combine(_directory.Path, "responses", "date=garbage")));
    }

    [Fact]
    public void RemoveOlderThan_MissingLog_RemovesNothing() =>
        Assert.Empty(CrawlLogRetention.RemoveOlderThan(Path.Combine(_directory.Path, "none"), 1, DateTimeOffset.UnixEpoch));
}
