using Discovery.Records;

namespace Discovery.Store;

/// <summary>A <see cref="NodeGroup"/> to and from a row of <c>node_groups</c> (members are rows of <c>group_members</c>).</summary>
internal static class GroupRows
{
    public static void Write(RowWriter w, NodeGroup g, long version) =>
        w.Add(g.Id).Add(g.Name).Add(g.Description).Add(g.Labels).Add(g.BootProfile).Add(g.LastUpdated).Add(version).Execute();

    public static StoredRow<NodeGroup> Read(RowReader r) => new(
        new NodeGroup
        {
            Id = r.Guid(),
            Name = r.RequiredString(),
            Description = r.String(),
            Labels = r.Map(),
            BootProfile = r.String(),
            LastUpdated = r.Time(),
        },
        r.Int64() ?? 0);
}
