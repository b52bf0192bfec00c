using Discovery.Records;
using Discovery.Store;
using Discovery.Text;

namespace Discovery.Boot;

/// <summary>The nodes a boot command works on: named ones, a group's, or (neither given) all of them.</summary>
internal static class BootNodes
{
    /// <exception cref="InventoryQueryException">A named node or the group does not exist.</exception>
    public static async Task<IReadOnlyList<ComputeNode>> ResolveAsync(IInventory inventory, IReadOnlyList<string> names, string? group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(names);
        var nodes = new List<ComputeNode>();
        foreach (var name in names)
        {
            nodes.Add((await inventory.Nodes.GetAsync(name, cancellationToken))?.Record
                ?? throw new InventoryQueryException("NODE", $"no node {QuotedValue.Of(name)}"));
        }

        if (group is not null && await inventory.Groups.GetAsync(group, cancellationToken) is null)
        {
            throw new InventoryQueryException("--group", $"no group {QuotedValue.Of(group)}");
        }

        if (group is not null || names.Count == 0)
        {
            var filters = group is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["group"] = group };
            var page = await inventory.Nodes.ListAsync(new RecordQuery { Filters = filters, Limit = null }, cancellationToken);
            nodes.AddRange(page.Items.Where(n => nodes.All(known => known.Id != n.Id)));
        }

        return nodes;
    }
}
