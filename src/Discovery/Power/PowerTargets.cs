using Discovery.Records;
using Discovery.Store;
using Discovery.Text;

namespace Discovery.Power;

/// <summary>Turns node names or a group into <see cref="PowerTarget"/>s from the inventory (nodes, and their BMC's port).</summary>
internal static class PowerTargets
{
    /// <exception cref="InventoryQueryException">A named node or the group does not exist, or the group has no nodes.</exception>
    public static async Task<IReadOnlyList<PowerTarget>> ResolveAsync(
        IInventory inventory, IReadOnlyList<string> names, string? group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(names);
        var nodes = new List<ComputeNode>();
        foreach (var name in names)
        {
            nodes.Add((await inventory.Nodes.GetAsync(name, cancellationToken))?.Record
                ?? throw new InventoryQueryException("NODE", $"no node {QuotedValue.Of(name)}"));
        }

        if (group is not null)
        {
            if (await inventory.Groups.GetAsync(group, cancellationToken) is null)
            {
                throw new InventoryQueryException("--group", $"no group {QuotedValue.Of(group)}");
            }

            var page = await inventory.Nodes.ListAsync(new RecordQuery { Filters = new Dictionary<string, string> { ["group"] = group }, Limit = null }, cancellationToken);
            nodes.AddRange(page.Items.Where(n => nodes.All(known => known.Id != n.Id)));
        }

        var bmcs = new Dictionary<Guid, Bmc?>();
        var targets = new List<PowerTarget>(nodes.Count);
        foreach (var node in nodes)
        {
            Bmc? bmc = null;
            if (node.BmcId is { } bmcId && !bmcs.TryGetValue(bmcId, out bmc))
            {
                bmc = bmcs[bmcId] = (await inventory.Bmcs.GetAsync(bmcId.ToString(), cancellationToken))?.Record;
            }

            targets.Add(new PowerTarget(node.Xname ?? node.Id.ToString(), BmcUri(bmc?.Ip ?? node.BmcIp, bmc?.Port ?? Bmc.DefaultPort), node.RedfishUri));
        }

        return targets;
    }

    // BMCs speak HTTPS; port 80 is the one plain-HTTP Redfish service seen in practice.
    private static Uri? BmcUri(string? ip, int port) => ip is null ? null
        : new UriBuilder(port == 80 ? Uri.UriSchemeHttp : Uri.UriSchemeHttps, ip, port).Uri;
}
