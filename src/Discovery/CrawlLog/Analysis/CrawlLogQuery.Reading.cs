using Discovery.Store.DuckDb;

namespace Discovery.CrawlLog.Analysis;

internal sealed partial class CrawlLogQuery
{
    private CrawlLogQueryResult Query(string sql)
    {
        using var reader = _connection.Query(sql);
        if (reader.Types.All(DuckDbDataReader.CanDecode))
        {
            return ReadAll(reader);
        }

        // Types without a decoder (LIST, STRUCT, DECIMAL, UUID, ...): ask DuckDB for a decodable form instead.
        var projection = string.Join(", ", reader.Names.Select((name, i) => Project(Quote(name), reader.Types[i])));
        using var wrapped = _connection.Query($"SELECT {projection} FROM ({sql.Trim().TrimEnd(';')}) AS q");
        return ReadAll(wrapped);
    }

    private static string Project(string column, DuckDbType type) => type switch
    {
        _ when DuckDbDataReader.CanDecode(type) => column,
        DuckDbType.Decimal => $"CAST({column} AS DOUBLE) AS {column}",
        _ => $"CAST({column} AS VARCHAR) AS {column}",
    };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static CrawlLogQueryResult ReadAll(DuckDbDataReader reader)
    {
        var rows = new List<IReadOnlyList<object?>>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetValue(i);
            }

            rows.Add(row);
        }

        return new CrawlLogQueryResult { Columns = [.. reader.Names], Types = [.. reader.Types], Rows = rows };
    }

    private IReadOnlyList<CrawlRunInfo> ListRuns()
    {
        const string Sql = """
            WITH seen AS (
                SELECT run_id, min(ts) AS first_ts, max(ts) AS last_ts,
                       count(*) FILTER (WHERE t = 's') AS scans, count(*) FILTER (WHERE t = 'r') AS responses
                FROM (SELECT run_id, ts, 's' AS t FROM scans UNION ALL SELECT run_id, ts, 'r' AS t FROM responses)
                GROUP BY run_id)
            SELECT run_id, kind, started_at, ended_at, status, scans, responses, nodes, bmcs, nics, description FROM runs
            UNION ALL
            SELECT run_id, NULL, first_ts, last_ts, 'incomplete', scans, responses, 0, 0, 0, NULL
            FROM seen WHERE run_id NOT IN (SELECT run_id FROM runs)
            ORDER BY run_id
            """;
        using var reader = _connection.Query(Sql);
        var runs = new List<CrawlRunInfo>();
        while (reader.Read())
        {
            runs.Add(new CrawlRunInfo
            {
                RunId = reader.GetString(0)!,
                Kind = reader.GetString(1),
                StartedAt = reader.IsNull(2) ? null : reader.GetDateTime(2),
                EndedAt = reader.IsNull(3) ? null : reader.GetDateTime(3),
                Status = reader.GetString(4)!,
                Scans = reader.IsNull(5) ? 0 : reader.GetInt64(5),
                Responses = reader.IsNull(6) ? 0 : reader.GetInt64(6),
                Nodes = reader.IsNull(7) ? 0 : reader.GetInt64(7),
                Bmcs = reader.IsNull(8) ? 0 : reader.GetInt64(8),
                Nics = reader.IsNull(9) ? 0 : reader.GetInt64(9),
                Description = reader.GetString(10),
            });
        }

        return runs;
    }

    private IReadOnlyList<StoredResponse> ReadResponses(string runId)
    {
        using var statement = _connection.Prepare("SELECT bmc, port, method, uri, status, body, ts FROM responses WHERE run_id = ? ORDER BY ts, uri");
        statement.Bind(1, runId);
        using var reader = statement.Query();
        var responses = new List<StoredResponse>();
        while (reader.Read())
        {
            responses.Add(new StoredResponse
            {
                Bmc = reader.GetString(0)!,
                Port = reader.IsNull(1) ? null : reader.GetInt32(1),
                Method = reader.GetString(2)!,
                Uri = reader.GetString(3)!,
                Status = reader.IsNull(4) ? null : reader.GetInt32(4),
                Body = reader.GetString(5),
                Timestamp = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc)),
            });
        }

        return responses;
    }
}
