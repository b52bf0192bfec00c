using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog.Analysis;

/// <summary>The mapped records of one run, as text fields, keyed by identity (see <see cref="CrawlLogDiffer"/>).</summary>
internal sealed record RunRecords(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Bmcs,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Nodes,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Nics)
{
    public static RunRecords Load(DuckDBConnection connection, string runId)
    {
        var bmcRows = Rows(connection, "bmcs", runId);
        var nodeRows = Rows(connection, "nodes", runId);
        var nicRows = Rows(connection, "nics", runId);

        var bmcKeyById = new Dictionary<string, string>(StringComparer.Ordinal);
        var bmcs = Keyed(bmcRows, row =>
        {
            var key = Prefixed("uuid", row, "service_uuid") ?? Prefixed("mac", row, "mac") ?? $"ip:{Get(row, "ip")}:{Get(row, "port")}";
            if (Get(row, "id") is { } id)
            {
                bmcKeyById[id] = key;
            }

            return key;
        });

        var nodeKeyById = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = Keyed(nodeRows, row =>
        {
            var bmc = Get(row, "bmc_id") is { } bmcId && bmcKeyById.TryGetValue(bmcId, out var bmcKey) ? bmcKey : $"ip:{Get(row, "bmc_ip")}";
            var key = Prefixed("uuid", row, "system_uuid") ?? $"bmc:{bmc}|{Get(row, "redfish_uri")}";
            if (Get(row, "id") is { } id)
            {
                nodeKeyById[id] = key;
            }

            return key;
        });

        var nics = Keyed(nicRows, row =>
        {
            var ownerId = Get(row, "owner_id") ?? string.Empty;
            var owner = nodeKeyById.GetValueOrDefault(ownerId) ?? bmcKeyById.GetValueOrDefault(ownerId) ?? "owner:" + ownerId;
            var local = Prefixed("mac", row, "mac_address") ?? Prefixed("uri", row, "redfish_uri") ?? "name:" + Get(row, "name");
            return $"{owner}|{local}";
        });

        return new RunRecords(bmcs, nodes, nics) { Parts = RunPartRows.Load(connection, runId, nodeKeyById, bmcKeyById, nodes) };
    }

    /// <summary>The run's parts keyed by owner and FRU (see <see cref="RunPartRows"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Parts { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);

    /// <summary>A row's field, or null when it is absent or empty.</summary>
    internal static string? Get(IReadOnlyDictionary<string, string?> row, string field) =>
        row.TryGetValue(field, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    private static string? Prefixed(string prefix, IReadOnlyDictionary<string, string?> row, string field) =>
        Get(row, field) is { } value ? $"{prefix}:{value.ToLowerInvariant()}" : null;

    internal static Dictionary<string, IReadOnlyDictionary<string, string?>> Keyed(
        List<IReadOnlyDictionary<string, string?>> rows,
        Func<IReadOnlyDictionary<string, string?>, string> key)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var baseKey = key(row);
            var unique = baseKey;
            // Two records with one identity in a run (shared iLO host-interface MACs): keep both, numbered.
            for (var n = 2; result.ContainsKey(unique); n++)
            {
                unique = $"{baseKey}#{n}";
            }

            result[unique] = row;
        }

        return result;
    }

    internal static List<IReadOnlyDictionary<string, string?>> Rows(DuckDBConnection connection, string table, string runId)
    {
        // Every column as DuckDB's text form, so lists and numbers compare the way a user reads them.
        return connection.ReadAll<IReadOnlyDictionary<string, string?>>(
            $"SELECT CAST(COLUMNS(*) AS VARCHAR) FROM {table} WHERE run_id = ? ORDER BY id", [runId], reader =>
            {
                var row = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.StringOrNull(i);
                }

                return row;
            });
    }
}
