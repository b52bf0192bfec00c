using Discovery.Records;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    /// <summary>
    /// The boot profile node <paramref name="nodeKey"/> boots with (its own, else its first group's in name order),
    /// and where it came from; null when the node does not exist or has none.
    /// </summary>
    public async Task<BootProfileResolution?> ResolveBootProfileAsync(string nodeKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodeKey);
        var node = await Nodes.GetAsync(nodeKey, cancellationToken);
        if (node is null)
        {
            return null;
        }

        var groups = await Groups.ListAsync(
            new RecordQuery { Filters = new Dictionary<string, string> { ["member"] = node.Record.Id.ToString() }, Limit = null }, cancellationToken);
        var names = groups.Items.Select(g => g.BootProfile).Append(node.Record.BootProfile).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var profiles = new List<BootProfile>();
        foreach (var name in names)
        {
            if (await BootProfiles.GetAsync(name, cancellationToken) is { } profile)
            {
                profiles.Add(profile.Record);
            }
        }

        return BootProfileResolver.Resolve(node.Record, groups.Items, profiles);
    }
}
