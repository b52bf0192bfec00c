using Discovery.Text;

namespace Discovery.CrawlLog.Analysis;

/// <summary>The table of change lines: <c>discover logs diff</c> and the change report of <c>discover run</c>.</summary>
internal static class CrawlDiffTableColumns
{
    /// <summary>Entity, change, key, field, before, after.</summary>
    public static readonly TableColumn<CrawlDiffLine>[] All =
    [
        new("Entity", l => l.Entity),
        new("Change", l => l.Change),
        new("Key", l => l.Key),
        new("Field", l => l.Field),
        new("Before", l => l.Before),
        new("After", l => l.After),
    ];
}
