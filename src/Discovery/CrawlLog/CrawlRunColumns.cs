using Discovery.CrawlLog.Analysis;
using Discovery.Records.Columns;

namespace Discovery.CrawlLog;

/// <summary>The columns of <see cref="CrawlRunInfo"/> (the crawl log's <c>runs</c> table, one row per finished run).</summary>
internal static class CrawlRunColumns
{
    public static readonly RecordColumns<CrawlRunInfo> Map = new RecordColumns<CrawlRunInfo>(() => new CrawlRunInfo { RunId = string.Empty, Status = string.Empty })
        .Text("run_id", r => r.RunId, (r, v) => r with { RunId = v ?? string.Empty })
        .Text("kind", r => r.Kind, (r, v) => r with { Kind = v })
        .Timestamp("started_at", r => Utc(r.StartedAt), (r, v) => r with { StartedAt = v?.UtcDateTime })
        .Timestamp("ended_at", r => Utc(r.EndedAt), (r, v) => r with { EndedAt = v?.UtcDateTime })
        .Text("status", r => r.Status, (r, v) => r with { Status = v ?? string.Empty })
        .Int64("scans", r => r.Scans, (r, v) => r with { Scans = v ?? 0 })
        .Int64("responses", r => r.Responses, (r, v) => r with { Responses = v ?? 0 })
        .Int64("nodes", r => r.Nodes, (r, v) => r with { Nodes = v ?? 0 })
        .Int64("bmcs", r => r.Bmcs, (r, v) => r with { Bmcs = v ?? 0 })
        .Int64("nics", r => r.Nics, (r, v) => r with { Nics = v ?? 0 })
        .Text("description", r => r.Description, (r, v) => r with { Description = v });

    private static DateTimeOffset? Utc(DateTime? instant) =>
        instant is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
