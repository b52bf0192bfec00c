using Discovery.Store.DuckDb;

namespace Discovery.Store;

/// <summary>
/// Row writes of a batch (an apply's nodes) held back and sent in bulk: one DELETE per table for the ids replaced,
/// then the new rows through DuckDB's appender into a temporary staging table and one INSERT ... SELECT. DuckDB.NET
/// prepares every statement anew, so thousands of one-row statements cost milliseconds each; this costs a handful.
/// Everything stays inside the write transaction: a rollback (an error, a dry run) drops it all.
/// Rows are keyed by id, so a row written twice in one batch is written once, as it was last.
/// </summary>
internal sealed partial class PendingWrites
{
    private readonly Dictionary<StoreTable, Rows> _tables = [];
    private readonly List<List<object?>> _history = [];
    private readonly Dictionary<Guid, List<Guid>> _memberships = [];

    /// <summary>True when nothing waits to be written.</summary>
    public bool IsEmpty => _tables.Count == 0 && _history.Count == 0 && _memberships.Count == 0;

    /// <summary>Writes <paramref name="values"/> (in <paramref name="table"/>'s column order) as the row of <paramref name="id"/>.</summary>
    public void Insert(StoreTable table, Guid id, List<object?> values) => RowsOf(table).Inserted[id] = values;

    /// <summary>Deletes the stored row of <paramref name="id"/> and any row of it still waiting.</summary>
    public void Delete(StoreTable table, Guid id)
    {
        var rows = RowsOf(table);
        rows.Deleted.Add(id);
        rows.Inserted.Remove(id);
    }

    /// <summary>True when the row of <paramref name="id"/> is written in this batch (it then exists).</summary>
    public bool IsInserted(StoreTable table, Guid id) => _tables.TryGetValue(table, out var rows) && rows.Inserted.ContainsKey(id);

    /// <summary>True when the stored row of <paramref name="id"/> is deleted in this batch.</summary>
    public bool IsDeleted(StoreTable table, Guid id) => _tables.TryGetValue(table, out var rows) && rows.Deleted.Contains(id);

    /// <summary>Makes <paramref name="groupIds"/> the groups of <paramref name="node"/> (replacing what it had).</summary>
    public void SetGroupsOfNode(Guid node, IEnumerable<Guid> groupIds) => _memberships[node] = [.. groupIds.Distinct()];

    /// <summary>Appends a history row (in <see cref="StoreSchema.History"/>'s column order).</summary>
    public void AddHistory(List<object?> values) => _history.Add(values);

    /// <summary>Sends everything waiting to <paramref name="connection"/> and forgets it.</summary>
    public void Flush(StoreConnection connection)
    {
        Send(connection);
        Clear();
    }

    /// <summary>Sends everything waiting to <paramref name="connection"/>, keeping it (to send again should the transaction fail).</summary>
    public void Send(StoreConnection connection)
    {
        foreach (var (table, rows) in _tables)
        {
            DeleteIds(connection, table.Name, "id", rows.Deleted);
        }

        DeleteIds(connection, StoreSchema.GroupMembers.Name, "node_id", _memberships.Keys);
        foreach (var (table, rows) in _tables)
        {
            Append(connection, table, rows.Inserted.Values);
        }

        Append(connection, StoreSchema.GroupMembers, _memberships.SelectMany(m => m.Value.Select(g => new List<object?> { g, m.Key })));
        Append(connection, StoreSchema.History, _history);
    }

    /// <summary>Forgets everything waiting.</summary>
    public void Clear()
    {
        _tables.Clear();
        _history.Clear();
        _memberships.Clear();
    }

    private static void DeleteIds(StoreConnection connection, string table, string column, IEnumerable<Guid> ids)
    {
        var list = ids.Select(i => i.ToString()).ToList();
        if (list.Count > 0)
        {
            connection.Execute($"DELETE FROM {table} WHERE {column} IN (SELECT CAST(unnest(?) AS UUID))", new object?[] { list });
        }
    }

    /// <summary>
    /// Appends straight into <paramref name="table"/> when its columns are in our order (the appender writes inside the
    /// open transaction, so a rollback drops the rows); otherwise (an upgraded store's table) into a staging table made
    /// from its named columns, then copied over by column name.
    /// </summary>
    private static void Append(StoreConnection connection, StoreTable table, IEnumerable<List<object?>> rows)
    {
        var list = rows as IReadOnlyCollection<List<object?>> ?? [.. rows];
        if (list.Count == 0)
        {
            return;
        }

        if (connection.HasColumnOrderOf(table))
        {
            AppendRows(connection, table.Name, list);
            return;
        }

        var stage = "apply_stage_" + table.Name;
        connection.Run($"CREATE OR REPLACE TEMP TABLE {stage} AS SELECT {table.ColumnList} FROM {table.Name} LIMIT 0");
        AppendRows(connection, stage, list);
        connection.Run($"INSERT INTO {table.Name} ({table.ColumnList}) SELECT {table.ColumnList} FROM {stage}");
        connection.Run($"DROP TABLE {stage}");
    }

    private static void AppendRows(StoreConnection connection, string table, IReadOnlyCollection<List<object?>> rows)
    {
        using var appender = connection.Connection.CreateAppender(table);
        foreach (var values in rows)
        {
            var row = appender.CreateRow();
            foreach (var value in values)
            {
                ColumnTypes.Append(row, value);
            }

            row.EndRow();
        }
    }

    private Rows RowsOf(StoreTable table)
    {
        if (!_tables.TryGetValue(table, out var rows))
        {
            _tables[table] = rows = new Rows();
        }

        return rows;
    }

    private sealed class Rows
    {
        public Dictionary<Guid, List<object?>> Inserted { get; } = [];

        public HashSet<Guid> Deleted { get; } = [];
    }
}
