using Discovery.Redfish.Collect;

namespace Discovery.Pipeline.Reports;

/// <summary>The lines collect and crawl end with on standard error.</summary>
internal static class CollectSummary
{
    /// <summary><c>collect: 9/10 BMCs ok, 40 nodes, 3.2 s</c>.</summary>
    public static string Line(CollectJobResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ok = result.Run.Results.Select(BmcCollectSummary.From).Count(r => r.Status == BmcCollectStatus.Ok);
        return $"collect: {ok}/{result.Run.Results.Count} BMCs ok, {result.Run.Results.Sum(r => r.Nodes.Count)} nodes, {result.Run.Elapsed.TotalSeconds:0.0} s";
    }

    /// <summary>Why one crawled BMC is not ok: <c>crawl: ENDPOINT: STATUS MESSAGE: URI: REASON; ...</c>; null when it is.</summary>
    public static string? CrawlFailure(BmcCollectResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status == BmcCollectStatus.Ok)
        {
            return null;
        }

        var detail = result.FailedUris.Count > 0 ? ": " + string.Join("; ", result.FailedUris.Select(f => $"{f.Uri}: {f.Reason}")) : string.Empty;
        return $"crawl: {result.Target.Endpoint}: {BmcCollectSummary.From(result).Status} {result.Message}{detail}";
    }
}
