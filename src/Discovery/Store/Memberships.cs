using System.Data.Common;

namespace Discovery.Store;

/// <summary>
/// Group membership (<c>group_members</c>), one relation seen from both sides: a node's <c>groups</c> (group
/// names) and a group's <c>members</c> (node xnames, or ids for nodes without one).
/// </summary>
internal static class Memberships
{
    /// <summary>Group names per node, in name order.</summary>
    public static Dictionary<Guid, List<string>> GroupsOf(StoreConnection connection, FilterClause nodes)
    {
        return ByOwner(connection.ReadAll(
            $"SELECT m.node_id, g.name FROM group_members m JOIN node_groups g ON g.id = m.group_id WHERE {nodes.Sql}",
            nodes.Parameters, Pair));
    }

    /// <summary>Member names (xname, else id) per group, in that order.</summary>
    public static Dictionary<Guid, List<string>> MembersOf(StoreConnection connection, FilterClause groups)
    {
        return ByOwner(connection.ReadAll(
            $"SELECT m.group_id, coalesce(n.xname, CAST(n.id AS VARCHAR)) AS member FROM group_members m JOIN nodes n ON n.id = m.node_id " +
            $"WHERE {groups.Sql}",
            groups.Parameters, Pair));
    }

    /// <summary>The id of the group named <paramref name="name"/>, or null.</summary>
    public static string? GroupId(StoreConnection connection, string name) =>
        connection.Scalar("SELECT id FROM node_groups WHERE name = ?", name);

    /// <summary>The id of the node with id or xname <paramref name="member"/>, or null.</summary>
    public static string? NodeId(StoreConnection connection, string member) =>
        connection.Scalar("SELECT id FROM nodes WHERE id = TRY_CAST(? AS UUID) OR xname = ? LIMIT 1", member.Trim(), member.Trim());

    public static void SetGroupsOfNode(StoreConnection connection, Guid node, IEnumerable<string> groupIds) =>
        Replace(connection, "node_id", node.ToString(), groupIds.Select(g => (g, node.ToString())));

    public static void SetMembersOfGroup(StoreConnection connection, Guid group, IEnumerable<string> nodeIds) =>
        Replace(connection, "group_id", group.ToString(), nodeIds.Select(n => (group.ToString(), n)));

    /// <summary>Notes the current members of group <paramref name="group"/> as changed nodes of <paramref name="tx"/>; returns them.</summary>
    public static List<Guid> NoteMembersChanged(WriteTransaction tx, Guid group)
    {
        var members = tx.Connection.ReadAll("SELECT node_id FROM group_members WHERE group_id = ?", [group.ToString()], r => r.GetGuid(0));
        foreach (var node in members)
        {
            tx.NodeChanged(node);
        }

        return members;
    }

    /// <summary>
    /// Gives <paramref name="nodes"/> <paramref name="version"/>, their ETag: a membership changed through a group, and a
    /// node's document lists its groups, so a node PUT with the groups read before must fail its If-Match, not undo it.
    /// </summary>
    public static void StampNodes(StoreConnection connection, IEnumerable<Guid> nodes, long version) =>
        Stamp(connection, StoreSchema.Nodes.Table.Name, nodes, version);

    /// <summary>
    /// Gives the groups <paramref name="groupIds"/> <paramref name="version"/>, their ETag: a node joined or left them, and a
    /// group's document lists its members, so a group PUT with the members read before must fail its If-Match.
    /// </summary>
    public static void StampGroups(StoreConnection connection, IEnumerable<Guid> groupIds, long version) =>
        Stamp(connection, StoreSchema.Groups.Table.Name, groupIds, version);

    public static void RemoveNode(StoreConnection connection, Guid node) =>
        connection.Execute("DELETE FROM group_members WHERE node_id = ?", node.ToString());

    public static void RemoveGroup(StoreConnection connection, Guid group) =>
        connection.Execute("DELETE FROM group_members WHERE group_id = ?", group.ToString());

    private static void Stamp(StoreConnection connection, string table, IEnumerable<Guid> ids, long version)
    {
        var list = ids.Distinct().Select(i => i.ToString()).ToList();
        if (list.Count > 0)
        {
            connection.Execute($"UPDATE {table} SET version = ? WHERE id IN (SELECT CAST(unnest(?) AS UUID))", version, list);
        }
    }

    private static (Guid Owner, string Name) Pair(DbDataReader reader) => (reader.GetGuid(0), reader.GetString(1));

    private static Dictionary<Guid, List<string>> ByOwner(List<(Guid Owner, string Name)> rows)
    {
        var result = new Dictionary<Guid, List<string>>();
        foreach (var (owner, name) in rows)
        {
            if (!result.TryGetValue(owner, out var list))
            {
                result[owner] = list = [];
            }

            list.Add(name);
        }

        // Sorted here, not by ORDER BY: see DuckDbOrder.
        foreach (var list in result.Values)
        {
            list.Sort(DuckDbOrder.CompareUtf8);
        }

        return result;
    }

    private static void Replace(StoreConnection connection, string column, string value, IEnumerable<(string GroupId, string NodeId)> rows)
    {
        connection.Execute($"DELETE FROM group_members WHERE {column} = ?", value);
        foreach (var (groupId, nodeId) in rows.Distinct())
        {
            connection.Execute("INSERT INTO group_members (group_id, node_id) VALUES (?, ?)", groupId, nodeId);
        }
    }
}
