using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;

namespace Discovery.CrawlLog.Tests;

/// <summary>
/// Part files are written on a background task while the next part fills, and responses reach DuckDB in batches of
/// 256 on the writer's appending thread: order, counts and failures, within one batch and across many.
/// </summary>
public sealed partial class CrawlLogWriterTests
{
    [Theory]
    [InlineData(200, 40)] // every row appended at completion
    [InlineData(7_000, 3_000)] // 27 batches on the appending thread, part boundaries inside batches
    public async Task AddResponse_ManyParts_EveryPartHoldsItsOwnRowsOnceInOrder(int rows, int rowsPerPart)
    {
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, RowsPerPart = rowsPerPart }))
        {
            for (var i = 0; i < rows; i++)
            {
                writer.AddResponse(CrawlLogSamples.Response(i));
            }

            var summary = await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
            Assert.Equal(rows, summary.RowCounts["responses"]);
        }

        var folder = Path.Combine(_directory.Path, "responses", "date=2026-11-22");
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        // Part n holds rows rowsPerPart*(n-1) .. rowsPerPart*n-1, each once, in the order they were added.
        var parts = (rows + rowsPerPart - 1) / rowsPerPart;
        Assert.Equal(
            [.. Enumerable.Range(0, parts).Select(p =>
            {
                var (first, last) = (p * rowsPerPart, Math.Min(rows - 1, ((p + 1) * rowsPerPart) - 1));
                return $"{first}..{last} {last - first + 1} ordered";
            })],
            files.Select(f => ParquetCheck.Scalar(
                $"select min(n) || '..' || max(n) || ' ' || count(distinct n) || case when list(n) = list_sort(list(n)) then ' ordered' else ' shuffled' end " +
                $"from (select cast(split_part(uri, '/', 5) as int) as n from read_parquet('{f}'))")));
    }

    [Theory]
    [InlineData(200, 100)] // part 1 fails on a background copy started at completion
    [InlineData(10_000, 1_000)] // part 1 fails on the appending thread
    public async Task AddResponse_BackgroundPartFails_LaterAddReportsTheFileAndNoPartialFileStays(int rows, int rowsPerPart)
    {
        var folder = Path.Combine(_directory.Path, "responses", "date=2026-11-22");
        // A folder where part 1's temporary file must go: DuckDB cannot write it.
        Directory.CreateDirectory(Path.Combine(folder, CrawlLogFiles.TempName(CrawlLogFiles.FileName(RunId, 1))));
        var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, RowsPerPart = rowsPerPart });

        var error = await Assert.ThrowsAsync<CrawlLogException>(async () =>
        {
            for (var i = 0; i < rows; i++)
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
