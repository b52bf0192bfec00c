using System.Data.Common;
using Discovery.Records.Columns;
using Discovery.Store;
using Discovery.Store.DuckDb;

namespace Discovery.Boot.Sessions;

/// <summary>Reads and writes boot sessions and their nodes in the inventory store (each write one committed transaction).</summary>
internal sealed class BootSessionStore(InventoryStore store)
{
    private const string Actor = "boot-session";

    public InventoryStore Inventory => store;

    public Task AddAsync(BootSession session, IReadOnlyList<BootSessionNode> nodes, CancellationToken cancellationToken) =>
        WriteAsync(c =>
        {
            c.Execute(BootSessionTables.Sessions.InsertSql, BootSessionTables.Sessions.Parameters(BootSessionTables.Values(session)));
            foreach (var node in nodes)
            {
                c.Execute(BootSessionTables.Nodes.InsertSql, BootSessionTables.Nodes.Parameters(BootSessionTables.Values(node)));
            }
        }, cancellationToken);

    public Task SaveAsync(BootSession session, CancellationToken cancellationToken) =>
        WriteAsync(c =>
        {
            // UPDATE, not DELETE + INSERT: the key columns are indexed and never change.
            c.Execute(
                $"UPDATE {BootSessionTables.Sessions.Name} SET status = ?, error = ?, started_at = ?, ended_at = ? WHERE name = ?",
                session.Status, session.Error, session.StartedAt?.UtcDateTime, session.EndedAt?.UtcDateTime, session.Name);
        }, cancellationToken);

    /// <summary>Saves a node's row; with <paramref name="bootedWith"/>, also a history event on the node naming the template version it booted with.</summary>
    public Task SaveAsync(BootSessionNode node, string? bootedWith, CancellationToken cancellationToken) =>
        store.WriteGroupedAsync(Actor, tx =>
        {
            tx.Connection.Execute(
                $"UPDATE {BootSessionTables.Nodes.Name} SET status = ?, phase = ?, last_action = ?, error = ?, retry_count = ?, power_state = ?, " +
                "updated_at = ?, completed_at = ? WHERE session = ? AND node = ?",
                node.Status, node.Phase, node.LastAction, node.Error, node.RetryCount, node.PowerState, node.UpdatedAt.UtcDateTime,
                node.CompletedAt?.UtcDateTime, node.Session, node.Node);
            // The store commits a write that takes a version; the history event, when there is one, is numbered with it.
            var version = tx.NextVersion();
            if (bootedWith is not null)
            {
                tx.Record(version, RecordKind.Node, node.NodeId, node.Node, ChangeKind.Changed, [new FieldChange("booted_with", null, bootedWith)]);
            }

            return true;
        }, _ => true, bulk: false, cancellationToken);

    /// <summary>Marks every node of the session that is not final with <paramref name="status"/> (a cancel, or a session that cannot run).</summary>
    public Task FinishOpenNodesAsync(string session, string status, string error, CancellationToken cancellationToken)
    {
        var now = store.Time.GetUtcNow().UtcDateTime;
        return WriteAsync(c => c.Execute(
            $"UPDATE {BootSessionTables.Nodes.Name} SET status = ?, error = coalesce(error, ?), updated_at = ?, completed_at = ? " +
            "WHERE session = ? AND status NOT IN ('completed', 'failed', 'cancelled')",
            status, error, now, now, session), cancellationToken);
    }

    /// <summary>Marks a session that no process runs cancelled, with its open nodes; returns it as it ends, or null when there is none.</summary>
    public async Task<BootSession?> CancelAsync(string name, CancellationToken cancellationToken)
    {
        var session = await GetAsync(name, cancellationToken);
        if (session is null || BootSessionStatus.IsFinal(session.Status))
        {
            return session;
        }

        await FinishOpenNodesAsync(name, BootSessionStatus.Cancelled, "the session was cancelled", cancellationToken);
        var cancelled = session with { Status = BootSessionStatus.Cancelled, Error = "cancelled", EndedAt = store.Time.GetUtcNow(), Nodes = [] };
        await SaveAsync(cancelled, cancellationToken);
        return cancelled;
    }

    public Task<BootSession?> GetAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(store.Read(c =>
        {
            var session = ReadSessions(c, "WHERE name = ?", [name]).FirstOrDefault();
            return session is null ? null : session with { Nodes = ReadNodes(c, "WHERE session = ? ORDER BY node", [name]) };
        }));
    }

    /// <summary>Sessions, oldest first; with <paramref name="status"/> only those in that state.</summary>
    public Task<IReadOnlyList<BootSession>> ListAsync(string? status, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<BootSession>>(store.Read(c => status is null
            ? ReadSessions(c, "ORDER BY created_at, name", [])
            : ReadSessions(c, "WHERE status = ? ORDER BY created_at, name", [status])));
    }

    /// <summary>Each node's row from the newest session that names it (BOS's components), by xname.</summary>
    public Task<IReadOnlyList<BootSessionNode>> ComponentsAsync(string? node, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var where = "WHERE (n.node, s.created_at) IN (SELECT n2.node, max(s2.created_at) FROM boot_session_nodes n2 " +
            "JOIN boot_sessions s2 ON s2.name = n2.session GROUP BY n2.node)" + (node is null ? string.Empty : " AND n.node = ?");
        return Task.FromResult<IReadOnlyList<BootSessionNode>>(store.Read(c => ReadNodes(c,
            where + " ORDER BY n.node", node is null ? [] : [node], "n", "JOIN boot_sessions s ON s.name = n.session")));
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken) =>
        WriteAsync(c =>
        {
            c.Execute($"DELETE FROM {BootSessionTables.Nodes.Name} WHERE session = ?", name);
            c.Execute($"DELETE FROM {BootSessionTables.Sessions.Name} WHERE name = ?", name);
        }, cancellationToken);

    private Task WriteAsync(Action<StoreConnection> write, CancellationToken cancellationToken) =>
        store.WriteGroupedAsync(Actor, tx =>
        {
            write(tx.Connection);
            tx.NextVersion(); // the store commits only a write that takes a version
            return true;
        }, _ => true, bulk: false, cancellationToken);

    private static List<BootSession> ReadSessions(StoreConnection c, string tail, IReadOnlyList<object?> parameters) =>
        c.ReadAll($"SELECT {BootSessionTables.Sessions.ColumnList} FROM {BootSessionTables.Sessions.Name} {tail}", parameters, r => new BootSession
        {
            Name = r.GetString(0),
            TemplateName = r.GetString(1),
            TemplateVersion = r.Int64OrNull(2) ?? 0,
            Operation = r.GetString(3),
            Limit = r.StringOrNull(4),
            Status = r.GetString(5),
            Error = r.StringOrNull(6),
            CreatedAt = r.UtcOrNull(7) ?? default,
            StartedAt = r.UtcOrNull(8),
            EndedAt = r.UtcOrNull(9),
            Components = (IReadOnlyList<string>?)ColumnTypes.Read(r, 10, ColumnType.TextList) ?? [],
        });

    private static List<BootSessionNode> ReadNodes(StoreConnection c, string tail, IReadOnlyList<object?> parameters, string alias = "n", string join = "")
    {
        var columns = string.Join(", ", BootSessionTables.Nodes.Columns.Select(col => $"{alias}.{col.Name}"));
        return c.ReadAll($"SELECT {columns} FROM {BootSessionTables.Nodes.Name} {alias} {join} {tail}", parameters, ReadNode);
    }

    private static BootSessionNode ReadNode(DbDataReader r) => new()
    {
        Session = r.GetString(0),
        Node = r.GetString(1),
        NodeId = r.IsDBNull(2) ? Guid.Empty : r.GetGuid(2),
        BootSet = r.StringOrNull(3),
        Profile = r.StringOrNull(4),
        Kernel = r.StringOrNull(5),
        Initrd = r.StringOrNull(6),
        Params = r.StringOrNull(7),
        Status = r.GetString(8),
        Phase = r.StringOrNull(9),
        LastAction = r.StringOrNull(10),
        Error = r.StringOrNull(11),
        RetryCount = r.Int32OrNull(12) ?? 0,
        PowerState = r.StringOrNull(13),
        UpdatedAt = r.UtcOrNull(14) ?? default,
        CompletedAt = r.UtcOrNull(15),
    };
}
