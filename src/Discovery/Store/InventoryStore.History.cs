using System.Text.Json;
using Discovery.Store.DuckDb;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    /// <summary>
    /// History events, oldest first: the newest <see cref="HistoryQuery.Limit"/> that match (before
    /// <see cref="HistoryQuery.Before"/> when given, so a caller pages back). A record named by
    /// xname or name is found in the working set and among the labels history kept, so a removed node's past
    /// is still found by its xname.
    /// </summary>
    public Task<IReadOnlyList<HistoryEvent>> ReadHistoryAsync(HistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read(c => ReadHistory(c, query)));
    }

    private static IReadOnlyList<HistoryEvent> ReadHistory(StoreConnection connection, HistoryQuery query)
    {
        var where = new List<string>();
        var parameters = new List<object?>();
        if (query.Kind is { } kind)
        {
            where.Add("kind = ?");
            parameters.Add(RecordKinds.Name(kind));
        }

        if (query.Parts)
        {
            where.Add("kind = ?");
            parameters.Add(PartHistory.Kind);
        }

        if (query.Since is { } since)
        {
            where.Add("changed_at >= ?");
            parameters.Add(since.UtcDateTime);
        }

        if (query.Before is { } before)
        {
            where.Add("seq < ?");
            parameters.Add(before);
        }

        if (query.Record is { Length: > 0 } key)
        {
            var ids = Guid.TryParse(key, out var id) ? [id.ToString()] : IdsNamed(connection, key, query.Kind);
            where.Add($"(label = ?{string.Concat(ids.Select(_ => " OR record_id = ?"))})");
            parameters.Add(key);
            parameters.AddRange(ids);
        }

        var sql = $"SELECT seq, changed_at, kind, record_id, label, event, changes, actor FROM history " +
            $"WHERE {(where.Count == 0 ? "TRUE" : string.Join(" AND ", where))} ORDER BY seq DESC LIMIT {Math.Max(1, query.Limit)}";
        var events = connection.ReadAll(sql, parameters, reader => new HistoryEvent
        {
            Sequence = reader.GetInt64(0),
            At = reader.UtcOrNull(1) ?? default,
            Kind = reader.StringOrNull(2) ?? string.Empty,
            RecordId = reader.IsDBNull(3) ? Guid.Empty : reader.GetGuid(3),
            Label = reader.StringOrNull(4),
            Event = reader.StringOrNull(5) switch { "added" => ChangeKind.Added, "removed" => ChangeKind.Removed, _ => ChangeKind.Changed },
            Changes = reader.StringOrNull(6) is { } json ? JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListFieldChange) ?? [] : [],
            Actor = reader.StringOrNull(7),
        });

        events.Reverse();
        return events;
    }

    private static List<string> IdsNamed(StoreConnection connection, string name, RecordKind? kind)
    {
        (RecordKind Kind, string Sql)[] lookups =
        [
            (RecordKind.Node, "SELECT id FROM nodes WHERE xname = ? OR hostname = ?"),
            (RecordKind.Bmc, "SELECT id FROM bmcs WHERE xname = ? OR ip = ?"),
            (RecordKind.Group, "SELECT id FROM node_groups WHERE name = ? OR name = ?"),
            (RecordKind.BootProfile, "SELECT id FROM boot_profiles WHERE name = ? OR name = ?"),
            (RecordKind.SessionTemplate, "SELECT id FROM session_templates WHERE name = ? OR name = ?"),
        ];
        var ids = new List<string>();
        foreach (var (lookupKind, sql) in lookups.Where(l => kind is null || l.Kind == kind))
        {
            ids.AddRange(connection.ReadAll(sql, [name, name], reader => reader.GetGuid(0).ToString()));
        }

        return ids;
    }
}
