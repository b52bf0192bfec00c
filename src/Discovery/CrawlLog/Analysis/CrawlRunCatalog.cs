using System.Collections.Concurrent;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// The crawl runs of a log folder with their change reports, for <c>discover serve</c>'s <c>/runs</c> (the same
/// reports <c>discover run</c> prints). Each call opens the log afresh, so runs written since show up; a finished
/// run's change counts are kept once computed (its files and those before it do not change). Calls run one at a
/// time: each reads Parquet with DuckDB, and a burst of page loads should not start a burst of scans.
/// </summary>
internal sealed class CrawlRunCatalog : IDisposable
{
    /// <summary>Most runs one page lists.</summary>
    public const int MaxPage = 200;

    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> _changes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly int _missingAfter;

    /// <param name="logDirectory">The crawl log folder; null when none is configured (every listing is then empty).</param>
    /// <param name="missingAfter">Runs without an entity before the report calls it removed (<c>--missing-after</c>).</param>
    public CrawlRunCatalog(string? logDirectory, int missingAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(missingAfter, 1);
        LogDirectory = logDirectory;
        _missingAfter = missingAfter;
    }

    /// <summary>The crawl log folder, or null.</summary>
    public string? LogDirectory { get; }

    /// <summary>Runs newest first, <paramref name="limit"/> from <paramref name="offset"/>, with statuses and change counts.</summary>
    public async Task<CrawlRunListing> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (LogDirectory is null)
        {
            return new CrawlRunListing { Total = 0, Offset = offset, Items = [] };
        }

        return await WithQueryAsync(async query =>
        {
            var runs = NewestFirst(await query.ListRunsAsync(cancellationToken));
            var page = runs.Skip(offset).Take(Math.Min(limit, MaxPage)).ToList();
            var statuses = await query.BmcStatusesAsync([.. page.Select(r => r.RunId)], cancellationToken);
            var items = new List<CrawlRunOverview>(page.Count);
            foreach (var run in page)
            {
                var changes = HasReport(run) ? await ChangesAsync(query, run.RunId, cancellationToken) : null;
                items.Add(Overview(run, statuses[run.RunId], changes));
            }

            return new CrawlRunListing { LogConfigured = true, Total = runs.Count, Offset = offset, Items = items };
        }, cancellationToken);
    }

    /// <summary>One run and its change report; null when the log has no such run.</summary>
    public async Task<CrawlRunDetail?> GetAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runId);
        if (LogDirectory is null)
        {
            return null;
        }

        return await WithQueryAsync(async query =>
        {
            var run = (await query.ListRunsAsync(cancellationToken)).FirstOrDefault(r => string.Equals(r.RunId, runId, StringComparison.Ordinal));
            if (run is null)
            {
                return null;
            }

            var statuses = await query.BmcStatusesAsync([run.RunId], cancellationToken);
            var report = HasReport(run) ? await query.ChangeReportAsync(run.RunId, _missingAfter, cancellationToken) : null;
            if (report is not null)
            {
                _changes.TryAdd(run.RunId, report.Counts);
            }

            return new CrawlRunDetail
            {
                Overview = Overview(run, statuses[run.RunId], report?.Counts),
                Report = report,
                Lines = report?.ToLines() ?? [],
            };
        }, cancellationToken);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Newest first: by start time, then run id (ids sort by their start second).</summary>
    private static List<CrawlRunInfo> NewestFirst(IReadOnlyList<CrawlRunInfo> runs) =>
        [.. runs.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.RunId, StringComparer.Ordinal)];

    /// <summary>A finished run that maps BMCs (a collect or a scheduled pass) has a change report; a scan maps none.</summary>
    private static bool HasReport(CrawlRunInfo run) => run.Kind is not null and not "scan";

    private static CrawlRunOverview Overview(CrawlRunInfo run, IReadOnlyDictionary<string, long> statuses, IReadOnlyDictionary<string, int>? changes) => new()
    {
        Run = run,
        BmcStatus = statuses,
        Changes = changes,
        ChangeCount = changes?.Values.Sum(),
    };

    private async Task<IReadOnlyDictionary<string, int>> ChangesAsync(CrawlLogQuery query, string runId, CancellationToken cancellationToken)
    {
        if (_changes.TryGetValue(runId, out var known))
        {
            return known;
        }

        var counts = (await query.ChangeReportAsync(runId, _missingAfter, cancellationToken)).Counts;
        _changes.TryAdd(runId, counts);
        return counts;
    }

    private async Task<T> WithQueryAsync<T>(Func<CrawlLogQuery, Task<T>> read, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var query = CrawlLogQuery.Open(LogDirectory!);
            return await read(query);
        }
        finally
        {
            _gate.Release();
        }
    }
}
