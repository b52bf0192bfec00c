using System.Globalization;
using System.Text.Json;
using Discovery.Records;
using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;

namespace Discovery.CrawlLog.Tests;

public sealed partial class CrawlLogWriterTests
{
    [Fact]
    public async Task CompleteAsync_ResponsesReadByHyparquet_RowsMatchWhatWasWritten()
    {
        var rows = Enumerable.Range(0, 300).Select(i => CrawlLogSamples.Response(i) with
        {
            Status = i == 5 ? null : 200,
            Error = i == 5 ? "connection refused" : null,
            Body = i == 5 ? null : CrawlLogSamples.SystemBody(i),
            ElapsedMs = i == 7 ? null : 12.5 + i,
        }).ToList();
        rows.Add(CrawlLogSamples.Response(300, body: "short") with { ETag = "ünï" });
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock }))
        {
            rows.ForEach(writer.AddResponse);
            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        var read = await HyparquetReader.ReadAsync(Path.Combine(_directory.Path, "responses", "date=2026-11-22", RunId + ".parquet"), Token);
        Assert.Equal(rows.Count, read.GetArrayLength());
        foreach (var (expected, actual) in rows.Zip(read.EnumerateArray()))
        {
            Assert.Equal(RunId, actual.GetProperty("run_id").GetString());
            // DuckDB TIMESTAMP is microseconds; hyparquet returns a JS Date (milliseconds), serialised as ISO-8601.
            Assert.Equal(expected.Timestamp.UtcDateTime, DateTime.Parse(actual.GetProperty("ts").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
            Assert.Equal(expected.Bmc, actual.GetProperty("bmc").GetString());
            Assert.Equal(expected.Port, actual.GetProperty("port").GetInt32());
            Assert.Equal(expected.Method, actual.GetProperty("method").GetString());
            Assert.Equal(expected.Uri, actual.GetProperty("uri").GetString());
            Assert.Equal(expected.Status, NullableInt(actual.GetProperty("status")));
            Assert.Equal(expected.ElapsedMs, actual.GetProperty("elapsed_ms") is { ValueKind: JsonValueKind.Number } e ? e.GetDouble() : null);
            Assert.Equal(expected.Bytes, actual.GetProperty("bytes").GetInt64());
            Assert.Equal(expected.ETag, actual.GetProperty("etag").GetString());
            Assert.Equal(expected.Body, actual.GetProperty("body").GetString());
            Assert.Equal(expected.Error, actual.GetProperty("error").GetString());
        }
    }

    [Fact]
    public async Task CompleteAsync_NodesAndNicsReadByHyparquet_ListsAndScalarsMatch()
    {
        var bmc = CrawlLogSamples.Bmc(3);
        var node = CrawlLogSamples.Node(3, bmc) with
        {
            NetworkInterfaces = [CrawlLogSamples.Nic(Guid.Empty, NetworkInterfaceOwnerKind.Node, "52:54:00:aa:bb:cc", "127.0.0.10", "127.0.1.10")],
        };
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", options: new() { TimeProvider = _clock }))
        {
            writer.AddNodes([node]);
            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        var nodes = await HyparquetReader.ReadAsync(Path.Combine(_directory.Path, "nodes", "date=2026-11-22", RunId + ".parquet"), Token);
        var readNode = Assert.Single(nodes.EnumerateArray());
        Assert.Equal(node.Id.ToString(), readNode.GetProperty("id").GetString());
        Assert.Equal(node.Xname, readNode.GetProperty("xname").GetString());
        Assert.Equal(2, readNode.GetProperty("processor_count").GetInt32());
        Assert.Equal(96.0, readNode.GetProperty("memory_gib").GetDouble());
        Assert.Equal(bmc.Id.ToString(), readNode.GetProperty("bmc_id").GetString());
        Assert.Equal(["compute", "rack1"], readNode.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(JsonValueKind.Null, readNode.GetProperty("hostname").ValueKind);

        var nics = await HyparquetReader.ReadAsync(Path.Combine(_directory.Path, "nics", "date=2026-11-22", RunId + ".parquet"), Token);
        var readNic = Assert.Single(nics.EnumerateArray());
        Assert.Equal("52:54:00:aa:bb:cc", readNic.GetProperty("mac_address").GetString());
        Assert.Equal("node", readNic.GetProperty("owner_kind").GetString());
        Assert.Equal(["127.0.0.10", "127.0.1.10"], readNic.GetProperty("ipv4_addresses").EnumerateArray().Select(a => a.GetString()));
        Assert.Empty(readNic.GetProperty("ipv6_addresses").EnumerateArray());
        Assert.Equal(10_000, readNic.GetProperty("speed_mbps").GetInt64());
        Assert.True(readNic.GetProperty("enabled").GetBoolean());
    }

    private static int? NullableInt(JsonElement element) => element.ValueKind == JsonValueKind.Number ? element.GetInt32() : null;
}
