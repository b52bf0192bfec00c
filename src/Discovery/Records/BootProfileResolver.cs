namespace Discovery.Records;

/// <summary>
/// Works out the boot profile a node boots with. A profile attaches to a node by the node's own
/// <see cref="ComputeNode.BootProfile"/> or to every member of a group by <see cref="NodeGroup.BootProfile"/>
/// (both hold a <see cref="BootProfile.Name"/>). The node's own profile wins; otherwise the first of its groups
/// in ordinal group-name order that names one, so the choice never depends on the order groups were stored in.
/// </summary>
/// <remarks>
/// A node is in a group when the node lists the group in <see cref="ComputeNode.Groups"/> or the group lists the
/// node's xname or id in <see cref="NodeGroup.Members"/>: the two sides of the relation may be edited separately.
/// </remarks>
internal static class BootProfileResolver
{
    /// <summary>
    /// The effective profile of <paramref name="node"/> among <paramref name="groups"/> and
    /// <paramref name="profiles"/>, or null when neither the node nor any of its groups names one.
    /// </summary>
    public static BootProfileResolution? Resolve(ComputeNode node, IEnumerable<NodeGroup> groups, IEnumerable<BootProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(profiles);

        var name = node.BootProfile;
        string? fromGroup = null;
        if (name is null)
        {
            var inherited = groups
                .Where(g => g.BootProfile is not null && IsMember(node, g))
                .OrderBy(g => g.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            name = inherited?.BootProfile;
            fromGroup = inherited?.Name;
        }

        if (name is null)
        {
            return null;
        }

        var profile = profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        return new BootProfileResolution { ProfileName = name, Profile = profile, FromGroup = fromGroup };
    }

    /// <summary>Whether <paramref name="node"/> belongs to <paramref name="group"/> from either side of the relation.</summary>
    public static bool IsMember(ComputeNode node, NodeGroup group)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(group);
        if (node.Groups.Contains(group.Name, StringComparer.Ordinal))
        {
            return true;
        }

        var id = node.Id.ToString();
        return group.Members.Any(m => string.Equals(m, id, StringComparison.OrdinalIgnoreCase)
            || (node.Xname is not null && string.Equals(m, node.Xname, StringComparison.OrdinalIgnoreCase)));
    }
}
