using Discovery.Testing;
using Discovery.Records;
using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.CrawlLog.Tests;

public sealed partial class CrawlLogWriterTests : IDisposable
{
    private const string RunId = "20261122T021500Z-0a1b2c3d";
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(CrawlLogSamples.Start);

    private CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task CompleteAsync_SmallRun_WritesOneFilePerTableUnderDatePartition()
    {
        var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock });
        await using (writer)
        {
            writer.AddScan(CrawlLogSamples.Scan(0));
            writer.AddResponse(CrawlLogSamples.Response(1));
            writer.AddResponse(CrawlLogSamples.Response(2));
            var bmc = CrawlLogSamples.Bmc(1) with { NetworkInterfaces = [CrawlLogSamples.Nic(Guid.NewGuid(), NetworkInterfaceOwnerKind.Bmc, "52:54:00:00:00:01")] };
            writer.AddBmcs([bmc]);
            writer.AddNodes([CrawlLogSamples.Node(1, bmc)]);
            _clock.SetUtcNow(CrawlLogSamples.Start.AddMinutes(3));
            var summary = await writer.CompleteAsync(CrawlRunStatus.Complete, Token);

            Assert.Equal(CrawlRunStatus.Complete, summary.Status);
            Assert.Equal(2, summary.RowCounts["responses"]);
            Assert.Equal(1, summary.RowCounts["nics"]);
            Assert.Equal(1, summary.RowCounts["nodes"]);
            Assert.Equal(6, summary.Files.Count);
        }

        foreach (var (table, rows) in new[] { ("runs", 1L), ("scans", 1), ("responses", 2), ("nodes", 1), ("bmcs", 1), ("nics", 1) })
        {
            var file = Path.Combine(_directory.Path, table, "date=2026-11-22", RunId + ".parquet");
            Assert.True(File.Exists(file), file);
            Assert.Equal(rows, ParquetCheck.CountRows(file));
        }

        Assert.DoesNotContain(ParquetCheck.AllFiles(_directory.Path), f => f.EndsWith(CrawlLogFiles.TempSuffix, StringComparison.Ordinal));
        var runs = Path.Combine(_directory.Path, "runs", "date=2026-11-22", RunId + ".parquet");
        Assert.Equal("complete|collect|2026-11-22 02:18:00", ParquetCheck.Scalar(
            $"select status || '|' || kind || '|' || ended_at from read_parquet('{runs}')"));
    }

    [Fact]
    public async Task AddResponse_MoreRowsThanPartSize_WritesNumberedParts()
    {
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, RowsPerPart = 100 }))
        {
            for (var i = 0; i < 250; i++)
            {
                writer.AddResponse(CrawlLogSamples.Response(i));
            }

            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        var folder = Path.Combine(_directory.Path, "responses", "date=2026-11-22");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([$"{RunId}-0001.parquet", $"{RunId}-0002.parquet", $"{RunId}-0003.parquet"], files);
        Assert.Equal([100L, 100, 50], files.Select(f => ParquetCheck.CountRows(Path.Combine(folder, f!))));
        Assert.Equal("0|249", ParquetCheck.Scalar(
            $"select min(cast(split_part(uri, '/', 5) as int)) || '|' || max(cast(split_part(uri, '/', 5) as int)) from read_parquet('{folder}/*.parquet')"));
    }

    [Fact]
    public async Task DisposeAsync_WithoutComplete_WritesRunAsPartial()
    {
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "scan", options: new() { TimeProvider = _clock }))
        {
            writer.AddScan(CrawlLogSamples.Scan(1));
        }

        var runs = Path.Combine(_directory.Path, "runs", "date=2026-11-22", RunId + ".parquet");
        Assert.Equal("partial:1", ParquetCheck.Scalar($"select status || ':' || scans from read_parquet('{runs}')"));
    }

    [Fact]
    public async Task AddResponse_AfterComplete_ThrowsObjectDisposed()
    {
        var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock });
        await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        Assert.Throws<ObjectDisposedException>(() => writer.AddResponse(CrawlLogSamples.Response(1)));
        await writer.DisposeAsync();
    }

    [Fact]
    public async Task AddResponse_NoODataTypeGiven_TakenFromBody()
    {
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock }))
        {
            writer.AddResponse(CrawlLogSamples.Response(1));
            writer.AddResponse(CrawlLogSamples.Response(2, body: "not json"));
            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        var file = Path.Combine(_directory.Path, "responses", "date=2026-11-22", RunId + ".parquet");
        Assert.Equal("#ComputerSystem.v1_20_0.ComputerSystem|<null>", ParquetCheck.Scalar(
            $"select string_agg(coalesce(odata_type, '<null>'), '|' order by uri) from read_parquet('{file}')"));
    }

    [Fact]
    public async Task AddResponse_ManyThreads_EveryRowWrittenOnce()
    {
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, RowsPerPart = 500 }))
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(
                () =>
                {
                    for (var i = 0; i < 400; i++)
                    {
                        writer.AddResponse(CrawlLogSamples.Response((t * 1000) + i));
                    }
                },
                Token)));
            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        var glob = Path.Combine(_directory.Path, "responses", "*", "*.parquet");
        Assert.Equal("3200|3200", ParquetCheck.Scalar($"select count(*) || '|' || count(distinct uri) from read_parquet('{glob}')"));
    }

    [Fact]
    public void Create_UnsafeRunId_Throws()
    {
        Assert.Throws<ArgumentException>(() => CrawlLogWriter.Create(_directory.Path, "../escape", "collect"));
        Assert.Throws<ArgumentException>(() => CrawlLogWriter.Create(_directory.Path, ".hidden", "collect"));
    }
}
