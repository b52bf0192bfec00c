using System.Globalization;
using Discovery.Text;

namespace Discovery.CrawlLog.Analysis;

/// <summary>The table of <c>discover logs runs</c>: a row per run of the crawl log.</summary>
internal static class CrawlRunTableColumns
{
    /// <summary>Run, kind, status, start and end (UTC), and what the run wrote.</summary>
    public static readonly TableColumn<CrawlRunInfo>[] All =
    [
        new("Run", r => r.RunId),
        new("Kind", r => r.Kind),
        new("Status", r => r.Status),
        new("Started", r => r.StartedAt?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("Ended", r => r.EndedAt?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("Scans", r => r.Scans.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Responses", r => r.Responses.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("BMCs", r => r.Bmcs.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Nodes", r => r.Nodes.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("NICs", r => r.Nics.ToString(CultureInfo.InvariantCulture), AlignRight: true),
    ];
}
