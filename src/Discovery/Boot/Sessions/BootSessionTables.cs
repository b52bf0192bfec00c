using Discovery.Records.Columns;
using Discovery.Store;

namespace Discovery.Boot.Sessions;

/// <summary>
/// The store tables of boot sessions: one row per session and one per node of a session. They are working state,
/// not records (no version or history of their own), kept in the store so that a session survives a restart of
/// <c>discover serve</c>; a node's completion writes a history event on the node.
/// </summary>
internal static class BootSessionTables
{
    public static readonly StoreTable Sessions = new("boot_sessions",
    [
        new("name", ColumnType.Text), new("template_name", ColumnType.Text), new("template_version", ColumnType.Int64),
        new("operation", ColumnType.Text), new("session_limit", ColumnType.Text), new("status", ColumnType.Text),
        new("error", ColumnType.Text), new("created_at", ColumnType.Timestamp), new("started_at", ColumnType.Timestamp),
        new("ended_at", ColumnType.Timestamp), new("components", ColumnType.TextList),
    ], indexes: ["name"]);

    public static readonly StoreTable Nodes = new("boot_session_nodes",
    [
        new("session", ColumnType.Text), new("node", ColumnType.Text), new("node_id", ColumnType.Uuid), new("boot_set", ColumnType.Text),
        new("profile", ColumnType.Text), new("kernel", ColumnType.Text), new("initrd", ColumnType.Text), new("params", ColumnType.Text),
        new("status", ColumnType.Text), new("phase", ColumnType.Text), new("last_action", ColumnType.Text), new("error", ColumnType.Text),
        new("retry_count", ColumnType.Int32), new("power_state", ColumnType.Text), new("updated_at", ColumnType.Timestamp),
        new("completed_at", ColumnType.Timestamp),
    ], indexes: ["session", "node"]);

    public static IReadOnlyList<object?> Values(BootSession s) =>
        [s.Name, s.TemplateName, s.TemplateVersion, s.Operation, s.Limit, s.Status, s.Error, s.CreatedAt, s.StartedAt, s.EndedAt, s.Components];

    public static IReadOnlyList<object?> Values(BootSessionNode n) =>
    [
        n.Session, n.Node, n.NodeId, n.BootSet, n.Profile, n.Kernel, n.Initrd, n.Params, n.Status, n.Phase, n.LastAction, n.Error,
        n.RetryCount, n.PowerState, n.UpdatedAt, n.CompletedAt,
    ];
}
