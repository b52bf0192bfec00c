using System.Globalization;

namespace Discovery.CrawlLog;

/// <summary>
/// Log retention (<c>--keep-days</c>): removes whole <c>date=YYYY-MM-DD</c> partitions of the crawl log's own
/// tables once their day is more than N days before today (UTC). Only folders the log itself names are touched,
/// so a log folder shared with other files loses nothing else.
/// </summary>
internal static class CrawlLogRetention
{
    /// <summary>Removes the partitions older than <paramref name="keepDays"/> days; returns them (as <c>table/date=...</c>).</summary>
    /// <param name="logDirectory">The log root.</param>
    /// <param name="keepDays">Days to keep, today included (1 keeps only today); must be at least 1.</param>
    /// <param name="now">The current time; its UTC date is today.</param>
    public static IReadOnlyList<string> RemoveOlderThan(string logDirectory, int keepDays, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keepDays, 1);
        if (!Directory.Exists(logDirectory))
        {
            return [];
        }

        var oldestKept = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-(keepDays - 1));
        var removed = new List<string>();
        foreach (var table in CrawlLogTables.All.Select(t => t.Name))
        {
            var tableDirectory = Path.Combine(logDirectory, table);
            if (!Directory.Exists(tableDirectory))
            {
                continue;
            }

            foreach (var partition in Directory.EnumerateDirectories(tableDirectory, "date=*").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(partition);
                if (DateOnly.TryParseExact(name["date=".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    && day < oldestKept)
                {
                    Directory.Delete(partition, recursive: true);
                    removed.Add($"{table}/{name}");
                }
            }
        }

        return removed;
    }
}
