namespace Discovery.CrawlLog.Analysis;

/// <summary>Flattens entity changes into lines (one per added/removed entity, one per changed field) for tables and CSV.</summary>
internal static class CrawlDiffLines
{
    public static IReadOnlyList<CrawlDiffLine> From(
        IReadOnlyList<CrawlEntityChange> bmcs, IReadOnlyList<CrawlEntityChange> nodes, IReadOnlyList<CrawlEntityChange> nics, IReadOnlyList<CrawlEntityChange>? parts = null) =>
        [.. Lines("bmc", bmcs), .. Lines("node", nodes), .. Lines("nic", nics), .. Lines("part", parts ?? [])];

    private static IEnumerable<CrawlDiffLine> Lines(string entity, IReadOnlyList<CrawlEntityChange> changes)
    {
        foreach (var change in changes)
        {
            var kind = change.Kind.ToString().ToLowerInvariant();
            // A person reads "x3000c0s1b0 (10.0.1.5:443)" faster than "uuid:…"; the key is the fallback.
            var name = change.Label ?? change.Key;
            if (change.Fields.Count == 0)
            {
                yield return new CrawlDiffLine(entity, kind, name, null, null, null);
            }

            foreach (var field in change.Fields)
            {
                yield return new CrawlDiffLine(entity, kind, name, field.Field, field.Before, field.After);
            }
        }
    }
}
