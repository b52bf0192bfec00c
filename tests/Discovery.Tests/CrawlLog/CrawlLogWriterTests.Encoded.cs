using System.Security.Cryptography;
using System.Text;
using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;

namespace Discovery.CrawlLog.Tests;

public sealed partial class CrawlLogWriterTests
{
    [Fact]
    public void ResponseBatch_ColumnOrder_IsTheResponsesTablesColumns()
    {
        Assert.Equal(CrawlLogTables.Responses.Columns.Select(c => c.Name), ResponseBatch.ColumnOrder);
    }

    [Fact]
    public async Task AddResponse_EncodedBatchesReused_EveryTextReadsBackByteForByte()
    {
        // Over two batches of 256 rows, so reused batches (and their buffers) are exercised; one body larger than the
        // buffer a batch keeps, and text that is empty, null, non-ASCII or a lone surrogate (written as U+FFFD).
        var rows = Enumerable.Range(0, 700).Select(i => CrawlLogSamples.Response(i) with
        {
            ETag = (i % 5) switch { 0 => null, 1 => string.Empty, 2 => $"W/\"ünï-{i}\"", _ => $"W/\"{i}\"" },
            Body = i switch
            {
                10 => new string('é', 3 << 20),
                11 => string.Empty,
                12 => null,
                13 => "lone \ud800 surrogate",
                _ => CrawlLogSamples.SystemBody(i),
            },
            Error = i % 7 == 0 ? $"error ✓ {i}" : null,
            Port = i == 20 ? null : 8443,
        }).ToList();
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock }))
        {
            rows.ForEach(writer.AddResponse);
            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        // Encoding.UTF8 turns the lone surrogate into U+FFFD, as the writer must: the hashes compare UTF-8 bytes.
        var expected = string.Join('\n', rows.Select(r => string.Join(
            '|', r.Uri, r.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<null>", Sha256(r.ETag), Sha256(r.Body), Sha256(r.Error))));
        var glob = Path.Combine(_directory.Path, "responses", "*", "*.parquet");
        var actual = ParquetCheck.Scalar(
            $"select string_agg(concat_ws('|', uri, coalesce(port::varchar, '<null>'), coalesce(sha256(etag), '<null>'), coalesce(sha256(body), '<null>'), " +
            $"coalesce(sha256(error), '<null>')), chr(10) order by ts) from read_parquet('{glob}')");
        Assert.Equal(expected, actual);
    }

    private static string Sha256(string? text) => text is null ? "<null>" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
