namespace Discovery.Records.Columns;

/// <summary>The columns of <see cref="NodeGroup"/> (its members are rows of <c>group_members</c>).</summary>
internal static class NodeGroupColumns
{
    public static readonly RecordColumns<NodeGroup> Map = new RecordColumns<NodeGroup>(() => new NodeGroup { Id = Guid.Empty, Name = string.Empty })
        .Uuid("id", g => g.Id, (g, v) => g with { Id = v ?? Guid.Empty }, ColumnFilter.LowerCase("the group's id"))
        .Text("name", g => g.Name, (g, v) => g with { Name = v ?? string.Empty }, new("group name (glob with *)", Selective: true))
        .Text("description", g => g.Description, (g, v) => g with { Description = v })
        .TextMap("labels", g => g.Labels, (g, v) => g with { Labels = v })
        .Text("boot_profile", g => g.BootProfile, (g, v) => g with { BootProfile = v })
        .Timestamp("last_updated", g => g.LastUpdated, (g, v) => g with { LastUpdated = v });
}
