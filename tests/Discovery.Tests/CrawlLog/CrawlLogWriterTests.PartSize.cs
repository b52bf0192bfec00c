using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;

namespace Discovery.CrawlLog.Tests;

/// <summary>A part is bounded by the characters of its bodies as well as by its rows, and its row groups are small (memory, issue 14).</summary>
public sealed partial class CrawlLogWriterTests
{
    [Fact]
    public async Task AddResponse_BodiesReachCharsPerPart_PartIsCutBeforeItsRowLimit()
    {
        const int rows = 1_000;
        var bodies = Enumerable.Range(0, rows).Select(i => CrawlLogSamples.Response(i).Body!.Length).ToList();
        var charsPerPart = bodies.Take(100).Sum(); // about 100 rows a part; the row limit (50,000) never cuts one
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock, CharsPerPart = charsPerPart }))
        {
            for (var i = 0; i < rows; i++)
            {
                writer.AddResponse(CrawlLogSamples.Response(i));
            }

            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        // A part is cut by the row that reaches the limit: each holds at least the limit, less one body, and every row once.
        var files = Directory.GetFiles(Path.Combine(_directory.Path, "responses", "date=2026-11-22")).Order(StringComparer.Ordinal).ToList();
        var partChars = files.Select(f => long.Parse(ParquetCheck.Scalar($"select sum(length(body)) from read_parquet('{f}')")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(files.Count, 9, 11);
        Assert.All(partChars[..^1], chars => Assert.InRange(chars, charsPerPart, charsPerPart + bodies.Max()));
        Assert.Equal(bodies.Sum(), partChars.Sum());
        Assert.Equal(rows.ToString(System.Globalization.CultureInfo.InvariantCulture), ParquetCheck.Scalar(
            $"select count(distinct uri) from read_parquet('{Path.Combine(_directory.Path, "responses", "*", "*.parquet")}')"));
    }

    [Fact]
    public async Task CompleteAsync_PartLargerThanARowGroup_IsWrittenInRowGroupsOfAtMost8192Rows()
    {
        const int rows = 20_000;
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock }))
        {
            for (var i = 0; i < rows; i++)
            {
                writer.AddResponse(CrawlLogSamples.Response(i) with { Body = "{}" });
            }

            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        var file = Assert.Single(Directory.GetFiles(Path.Combine(_directory.Path, "responses", "date=2026-11-22")));
        Assert.Equal("3 8192 20000", ParquetCheck.Scalar(
            $"select count(distinct row_group_id) || ' ' || max(row_group_num_rows) || ' ' || sum(row_group_num_rows) filter (where column_id = 0) " +
            $"from parquet_metadata('{file}')"));
    }
}
