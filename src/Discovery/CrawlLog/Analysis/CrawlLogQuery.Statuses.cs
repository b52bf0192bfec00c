using Discovery.Store.DuckDb;

namespace Discovery.CrawlLog.Analysis;

internal sealed partial class CrawlLogQuery
{
    /// <summary>
    /// How each BMC's crawl ended in each of <paramref name="runIds"/>: the BMCs a run mapped by their
    /// <c>last_crawl_status</c> (<c>ok</c>, <c>partial</c>), and the addresses it talked to without mapping a BMC as
    /// <c>auth_failed</c> (a 401 or 403 answered) or <c>failed</c> (anything else: refused, timed out, not Redfish).
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>> BmcStatusesAsync(IReadOnlyList<string> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        return RunAsync(() => BmcStatuses(runIds), cancellationToken);
    }

    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> BmcStatuses(IReadOnlyList<string> runIds)
    {
        var result = runIds.Distinct(StringComparer.Ordinal).ToDictionary(
            id => id, _ => (IReadOnlyDictionary<string, long>)new SortedDictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);
        if (result.Count == 0)
        {
            return result;
        }

        var list = string.Join(", ", result.Keys.Select(_ => "?"));
        object?[] ids = [.. result.Keys];
        var sql =
            $"SELECT run_id, coalesce(last_crawl_status, 'unknown'), count(*) FROM bmcs WHERE run_id IN ({list}) GROUP BY ALL " +
            "UNION ALL SELECT run_id, outcome, count(*) FROM (" +
            "  SELECT run_id, bmc, CASE WHEN bool_or(status IN (401, 403)) THEN 'auth_failed' ELSE 'failed' END AS outcome" +
            $"  FROM responses r WHERE run_id IN ({list})" +
            "  AND NOT EXISTS (SELECT 1 FROM bmcs b WHERE b.run_id = r.run_id AND b.ip = r.bmc) GROUP BY run_id, bmc" +
            ") GROUP BY ALL";
        foreach (var (run, status, count) in _connection.ReadAll(sql, [.. ids, .. ids], r => (r.GetString(0), r.GetString(1), r.GetInt64(2))))
        {
            var counts = (SortedDictionary<string, long>)result[run];
            counts[status] = counts.GetValueOrDefault(status) + count;
        }

        return result;
    }
}
