using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;

namespace Discovery.CrawlLog.Tests;

/// <summary>Part files are written on a background task while the next part fills: order, counts and failures.</summary>
public sealed partial class CrawlLogWriterTests
{
    [Fact]
    public async Task AddResponse_ManyParts_EveryPartHoldsItsOwnRowsInOrder()
    {
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, RowsPerPart = 40 }))
        {
            for (var i = 0; i < 410; i++)
            {
                writer.AddResponse(CrawlLogSamples.Response(i));
            }

            var summary = await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
            Assert.Equal(410, summary.RowCounts["responses"]);
        }

        var folder = Path.Combine(_directory.Path, "responses", "date=2026-11-22");
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(11, files.Count);
        // Part n holds rows 40(n-1) .. 40n-1, in the order they were added.
        Assert.Equal(
            [.. Enumerable.Range(0, 11).Select(p => $"{p * 40}..{Math.Min(409, (p * 40) + 39)} ordered")],
            files.Select(f => ParquetCheck.Scalar(
                $"select min(n) || '..' || max(n) || case when list(n) = list_sort(list(n)) then ' ordered' else ' shuffled' end " +
                $"from (select cast(split_part(uri, '/', 5) as int) as n from read_parquet('{f}'))")));
    }

    [Fact]
    public async Task AddResponse_BackgroundPartFails_LaterAddReportsTheFileAndNoPartialFileStays()
    {
        var folder = Path.Combine(_directory.Path, "responses", "date=2026-11-22");
        // A folder where part 1's temporary file must go: DuckDB cannot write it.
        Directory.CreateDirectory(Path.Combine(folder, CrawlLogFiles.TempName(CrawlLogFiles.FileName(RunId, 1))));
        var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, RowsPerPart = 100 });

        var error = await Assert.ThrowsAsync<CrawlLogException>(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                writer.AddResponse(CrawlLogSamples.Response(i));
            }

            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        });
        writer.Abandon();

        Assert.Contains(Path.Combine(folder, $"{RunId}-0001.parquet"), error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "runs")));
    }
}
