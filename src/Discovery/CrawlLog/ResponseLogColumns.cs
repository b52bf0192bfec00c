using Discovery.Records.Columns;

namespace Discovery.CrawlLog;

/// <summary>The columns of <see cref="ResponseLogRow"/> (the crawl log's <c>responses</c> table).</summary>
internal static class ResponseLogColumns
{
    public static readonly RecordColumns<ResponseLogRow> Map = new RecordColumns<ResponseLogRow>(
            () => new ResponseLogRow { Timestamp = default, Bmc = string.Empty, Method = string.Empty, Uri = string.Empty })
        .Timestamp("ts", r => r.Timestamp, (r, v) => r with { Timestamp = v ?? default })
        .Text("bmc", r => r.Bmc, (r, v) => r with { Bmc = v ?? string.Empty })
        .Int32("port", r => r.Port, (r, v) => r with { Port = v })
        .Text("method", r => r.Method, (r, v) => r with { Method = v ?? string.Empty })
        .Text("uri", r => r.Uri, (r, v) => r with { Uri = v ?? string.Empty })
        .Int32("status", r => r.Status, (r, v) => r with { Status = v })
        .Double("elapsed_ms", r => r.ElapsedMs, (r, v) => r with { ElapsedMs = v })
        .Int64("bytes", r => r.Bytes, (r, v) => r with { Bytes = v })
        .Text("etag", r => r.ETag, (r, v) => r with { ETag = v })
        .Text("odata_type", r => r.ODataType, (r, v) => r with { ODataType = v })
        .Text("body", r => r.Body, (r, v) => r with { Body = v })
        .Text("error", r => r.Error, (r, v) => r with { Error = v });
}
