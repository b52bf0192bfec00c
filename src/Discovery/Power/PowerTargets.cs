using Discovery.Boot;
using Discovery.Records;
using Discovery.Store;

namespace Discovery.Power;

/// <summary>Turns node names or a group into <see cref="PowerTarget"/>s from the inventory (nodes, and their BMC's port).</summary>
internal static class PowerTargets
{
    /// <summary>The named nodes and the group's (see <see cref="BootNodes"/>: neither given means every node).</summary>
    /// <exception cref="InventoryQueryException">A named node or the group does not exist.</exception>
    public static async Task<IReadOnlyList<PowerTarget>> ResolveAsync(
        IInventory inventory, IReadOnlyList<string> names, string? group, CancellationToken cancellationToken)
    {
        var nodes = await BootNodes.ResolveAsync(inventory, names, group, cancellationToken);
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
