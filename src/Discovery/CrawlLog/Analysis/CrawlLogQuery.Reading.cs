using System.Data.Common;
using System.Numerics;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog.Analysis;

internal sealed partial class CrawlLogQuery
{
    // The DuckDB types (DuckDB.NET's names) whose values come back as the CLR values CrawlLogQueryResult promises.
    private static readonly HashSet<string> Decodable = new(
        ["Varchar", "Blob", "Boolean", "TinyInt", "SmallInt", "Integer", "UnsignedTinyInt", "UnsignedSmallInt", "BigInt", "UnsignedInteger",
         "HugeInt", "Float", "Double", "Timestamp", "TimestampTz", "TimestampMs", "TimestampS", "TimestampNs", "Date", "SqlNull"],
        StringComparer.Ordinal);

    private CrawlLogQueryResult Query(string sql)
    {
        try
        {
            return QueryUnchecked(sql);
        }
        catch (DuckDBException ex) when (CrawlLogSandbox.Refusal(ex, LogDirectory) is { } refusal)
        {
            throw refusal;
        }
    }

    private CrawlLogQueryResult QueryUnchecked(string sql)
    {
        CrawlLogSandbox.RequireQueries(_connection, sql);
        var (result, columns) = _connection.WithReader(sql, [], reader =>
        {
            var types = Enumerable.Range(0, reader.FieldCount).Select(i => (Name: reader.GetName(i), Type: reader.GetDataTypeName(i))).ToList();
            return (types.All(c => Decodable.Contains(c.Type)) ? ReadAll(reader) : null, types);
        });
        if (result is not null)
        {
            return result;
        }

        // Types without a CLR form here (LIST, STRUCT, DECIMAL, UUID, ...): ask DuckDB for a decodable form instead.
        var projection = string.Join(", ", columns.Select(c => Project(DuckDbCommands.Identifier(c.Name), c.Type)));
        var decodable = $"SELECT {projection} FROM ({sql.Trim().TrimEnd(';')}) AS q";
        CrawlLogSandbox.RequireQueries(_connection, decodable);
        return _connection.WithReader(decodable, [], ReadAll);
    }

    private static string Project(string column, string type) =>
        Decodable.Contains(type) ? column
        : type == "Decimal" ? $"CAST({column} AS DOUBLE) AS {column}"
        : $"CAST({column} AS VARCHAR) AS {column}";

    private static CrawlLogQueryResult ReadAll(DbDataReader reader)
    {
        var rows = new List<IReadOnlyList<object?>>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    // HUGEINT (what SUM over BIGINT returns) comes as BigInteger; the result promises Int128.
                    BigInteger huge => (Int128)huge,
                    DateTime instant => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
                    var value => value,
                };
            }

            rows.Add(row);
        }

        var columns = Enumerable.Range(0, reader.FieldCount).ToList();
        return new CrawlLogQueryResult
        {
            Columns = [.. columns.Select(reader.GetName)],
            Types = [.. columns.Select(reader.GetDataTypeName)],
            Rows = rows,
        };
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
            SELECT run_id, NULL, first_ts AS started_at, last_ts AS ended_at, 'incomplete', scans, responses, 0, 0, 0, NULL
            FROM seen WHERE run_id NOT IN (SELECT run_id FROM runs)
            ORDER BY run_id
            """;
        return _connection.WithReader(Sql, [], reader =>
        {
            var runs = new RecordReader<CrawlRunInfo>(reader, CrawlRunColumns.Map);
            var rows = new List<CrawlRunInfo>();
            while (reader.Read())
            {
                rows.Add(runs.Read(reader));
            }

            return rows;
        });
    }

    private IReadOnlyList<StoredResponse> ReadResponses(string runId) =>
        _connection.ReadAll("SELECT bmc, port, method, uri, status, body, ts FROM responses WHERE run_id = ? ORDER BY ts, uri", [runId], reader => new StoredResponse
        {
            Bmc = reader.GetString(0),
            Port = reader.Int32OrNull(1),
            Method = reader.GetString(2),
            Uri = reader.GetString(3),
            Status = reader.Int32OrNull(4),
            Body = reader.StringOrNull(5),
            Timestamp = reader.UtcOrNull(6) ?? default,
        });
}
