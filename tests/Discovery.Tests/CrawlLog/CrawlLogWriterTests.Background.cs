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
    [Fact]
    public async Task AddResponse_BatchesOnTheAppendingThread_EveryRowOnceInOrderAcrossParts()
    {
        // 2,048 rows make a batch for the writer's appending thread: 7,000 rows are three batches there and the rest
        // appended at completion, with part boundaries (3,000 rows) falling inside batches.
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, RowsPerPart = 3_000 }))
        {
            for (var i = 0; i < 7_000; i++)
            {
                writer.AddResponse(CrawlLogSamples.Response(i));
            }

            var summary = await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
            Assert.Equal(7_000, summary.RowCounts["responses"]);
        }

        var folder = Path.Combine(_directory.Path, "responses", "date=2026-11-22");
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["0..2999 3000 ordered", "3000..5999 3000 ordered", "6000..6999 1000 ordered"],
            files.Select(f => ParquetCheck.Scalar(
                $"select min(n) || '..' || max(n) || ' ' || count(distinct n) || case when list(n) = list_sort(list(n)) then ' ordered' else ' shuffled' end " +
                $"from (select cast(split_part(uri, '/', 5) as int) as n from read_parquet('{f}'))")));
    }

    [Fact]
    public async Task AddResponse_PartFailsOnTheAppendingThread_LaterAddOrCompleteReportsItAndNoPartialFileStays()
    {
        var folder = Path.Combine(_directory.Path, "responses", "date=2026-11-22");
        Directory.CreateDirectory(Path.Combine(folder, CrawlLogFiles.TempName(CrawlLogFiles.FileName(RunId, 1))));
        var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, RowsPerPart = 1_000 });

        // Part 1 is full inside the first batch, so its failure happens on the appending thread.
        var error = await Assert.ThrowsAsync<CrawlLogException>(async () =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                writer.AddResponse(CrawlLogSamples.Response(i));
            }

            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        });
        writer.Abandon();

        Assert.Contains(Path.Combine(folder, $"{RunId}-0001.parquet"), error.Message, StringComparison.Ordinal);
        // Nothing after the failed part is written either: the run stops at its first hole.
        Assert.Empty(Directory.GetFiles(folder));
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "runs")));
    }
}
