using Discovery.Records;
using Discovery.Records.Columns;

namespace Discovery.Store;

/// <summary>
/// The working set's tables. The record tables come from the records' column maps (<see cref="RecordColumns{T}"/>);
/// ids are UUID, times TIMESTAMP (UTC), address lists VARCHAR[] and labels MAP(VARCHAR, VARCHAR), so SQL over the
/// store or a snapshot reads them natively. Every record row carries <c>version</c>, from one store-wide counter
/// (the ETag). NICs are rows of <c>nics</c>, linked to their owner by <c>owner_id</c> + <c>owner_kind</c>; group
/// membership is <c>group_members</c>; a boot profile attaches by name through <c>boot_profile</c> on a node or a group.
/// </summary>
internal static class StoreSchema
{
    /// <summary>
    /// Bumped when a table changes shape in a way an older snapshot cannot be read into. A column added to a
    /// record's map is not such a change: opening adds it to the working set, and a restore leaves it NULL.
    /// </summary>
    public const int Version = 1;

    public static readonly RecordTable<ComputeNode> Nodes = new("nodes", ComputeNodeColumns.Map, indexes: ["id", "xname"]);

    public static readonly RecordTable<Bmc> Bmcs = new("bmcs", BmcColumns.Map, indexes: ["id"]);

    public static readonly RecordTable<NetworkInterface> Nics = new("nics", NetworkInterfaceColumns.Map, indexes: ["id", "owner_id"]);

    public static readonly RecordTable<NodeGroup> Groups = new("node_groups", NodeGroupColumns.Map);

    public static readonly StoreTable GroupMembers = new("group_members",
        [new("group_id", ColumnType.Uuid), new("node_id", ColumnType.Uuid)]);

    public static readonly RecordTable<BootProfile> BootProfiles = new("boot_profiles", BootProfileColumns.Map);

    public static readonly RecordTable<SessionTemplate> SessionTemplates = new("session_templates", SessionTemplateColumns.Map);

    /// <summary>One row per change: <c>changes</c> is a JSON array of {field, before, after}.</summary>
    public static readonly StoreTable History = new("history",
    [
        new("seq", ColumnType.Int64), new("changed_at", ColumnType.Timestamp), new("kind", ColumnType.Text), new("record_id", ColumnType.Uuid),
        new("label", ColumnType.Text), new("event", ColumnType.Text), new("changes", ColumnType.Text), new("actor", ColumnType.Text),
    ], indexes: ["record_id"]);

    /// <summary>Key/value facts about the store itself (<c>schema_version</c>).</summary>
    public static readonly StoreTable Meta = new("store_meta", [new("key", ColumnType.Text), new("value", ColumnType.Text)]);

    /// <summary>Every table, in restore order (boot sessions' working state last).</summary>
    public static readonly IReadOnlyList<StoreTable> All =
    [
        Meta, BootProfiles.Table, SessionTemplates.Table, Groups.Table, Bmcs.Table, Nodes.Table, Nics.Table, .. PartTables.All, GroupMembers, History,
        Boot.Sessions.BootSessionTables.Sessions, Boot.Sessions.BootSessionTables.Nodes,
    ];
}
