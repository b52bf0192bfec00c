using Discovery.Testing;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.CrawlLog.Tests;

/// <summary>
/// A plain scan's run written without DuckDB (<see cref="ScanRunWriter"/>) must read back exactly as the DuckDB writer's
/// files of the same rows: same files, same column types, same values, nulls and timestamps included.
/// </summary>
public sealed partial class CrawlLogWriterTests
{
    [Fact]
    public async Task ScanRun_SameRowsAsDuckDbWriter_ReadBackIdentically()
    {
        var rows = ScanRows(40).ToList();
        var duck = Path.Combine(_directory.Path, "duckdb");
        var plain = Path.Combine(_directory.Path, "plain");
        var options = new CrawlLogWriterOptions { TimeProvider = _clock, Description = "scan of 127.0.0.0/26 — ünïcode", RowsPerPart = 16 };
        await using (var writer = CrawlLogWriter.Create(duck, RunId, "scan", options: options))
        {
            rows.ForEach(writer.AddScan);
            _clock.Advance(TimeSpan.FromSeconds(90));
            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        CrawlLogRunSummary summary;
        var clock = new FakeTimeProvider(CrawlLogSamples.Start);
        await using (var writer = ScanRunWriter.Create(plain, RunId, "scan", options with { TimeProvider = clock }))
        {
            rows.ForEach(writer.AddScan);
            clock.Advance(TimeSpan.FromSeconds(90));
            summary = await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        Assert.Equal(40L, summary.RowCounts["scans"]);
        Assert.Equal(0L, summary.RowCounts["responses"]);
        Assert.Equal(4, summary.Files.Count);
        Assert.Equal(RelativeFiles(duck), RelativeFiles(plain));
        foreach (var table in new[] { "scans", "runs" })
        {
            Assert.Equal(Describe(duck, table), Describe(plain, table));
            Assert.Equal(Content(duck, table), Content(plain, table));
        }

        // Spot checks, so that two writers agreeing on a wrong value would still fail.
        var scans = Glob(plain, "scans");
        Assert.Equal("40|20|32|2026-11-22 02:15:00|2026-11-22 02:15:58.5", ParquetCheck.Scalar(
            $"select count(*) || '|' || count(service_uuid) || '|' || count(port) || '|' || min(ts) || '|' || max(ts) from read_parquet('{scans}')"));
        Assert.Equal("127.0.0.5|Ångström «BMC»|1.5", ParquetCheck.Scalar(
            $"select address || '|' || vendor || '|' || elapsed_ms from read_parquet('{scans}') where address = '127.0.0.5'"));
        Assert.Equal("complete|scan|40|0|2026-11-22 02:16:30", ParquetCheck.Scalar(
            $"select status || '|' || kind || '|' || scans || '|' || responses || '|' || ended_at from read_parquet('{Glob(plain, "runs")}')"));
    }

    [Fact]
    public async Task ScanRun_DisposedWithoutComplete_WritesTheRunAsPartial()
    {
        await using (var writer = ScanRunWriter.Create(_directory.Path, RunId, "scan", new CrawlLogWriterOptions { TimeProvider = _clock }))
        {
            writer.AddScan(CrawlLogSamples.Scan(1));
        }

        Assert.Equal("partial|1", ParquetCheck.Scalar($"select status || '|' || scans from read_parquet('{Glob(_directory.Path, "runs")}')"));
        Assert.Equal(1L, ParquetCheck.CountRows(Path.Combine(_directory.Path, "scans", "date=2026-11-22", RunId + ".parquet")));
    }

    [Fact]
    public async Task ScanRun_Abandon_KeepsCompleteParts_WritesNoRunsRow_RefusesMoreRows()
    {
        var writer = ScanRunWriter.Create(_directory.Path, RunId, "scan", new CrawlLogWriterOptions { TimeProvider = _clock, RowsPerPart = 2 });
        await using (writer)
        {
            foreach (var row in ScanRows(3))
            {
                writer.AddScan(row);
            }

            writer.Abandon();
            Assert.Throws<ObjectDisposedException>(() => writer.AddScan(CrawlLogSamples.Scan(9)));
        }

        Assert.Equal([RunId + "-0001.parquet"], RelativeFiles(_directory.Path).Select(Path.GetFileName));
    }

    // Every column's shape: BMCs and refusals, a missing port and latency, text beyond ASCII.
    private static IEnumerable<ScanLogRow> ScanRows(int count) =>
        Enumerable.Range(0, count).Select(i => CrawlLogSamples.Scan(i) with
        {
            Timestamp = CrawlLogSamples.Start.AddMilliseconds(i * 1500),
            Port = i % 5 == 4 ? null : 443 + i,
            ElapsedMs = i % 7 == 6 ? null : i * 0.5,
            Vendor = i == 3 ? "Ångström «BMC»" : CrawlLogSamples.Scan(i).Vendor,
            Error = i % 2 == 1 ? "TCP connect: ConnectionRefused" : null,
        });

    private static List<string> RelativeFiles(string root) =>
        [.. ParquetCheck.AllFiles(root).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private static string Glob(string root, string table) => Path.Combine(root, table, "*", "*.parquet");

    private static string? Describe(string root, string table) => ParquetCheck.Scalar(
        $"select string_agg(column_name || ' ' || column_type, ', ') from (describe select * from read_parquet('{Glob(root, table)}'))");

    private static string? Content(string root, string table) => ParquetCheck.Scalar(
        $"select string_agg(t::varchar, '\n' order by t::varchar) from read_parquet('{Glob(root, table)}') t");
}
