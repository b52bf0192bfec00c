using Discovery.Records;

namespace Discovery.Boot;

/// <summary>The BSS entry a node should have: its effective boot profile's kernel, initrd and params, for its xname and MACs.</summary>
internal static class BootEntries
{
    /// <summary>The entry, or null with the reason the node cannot have one.</summary>
    public static (BssBootParameters? Entry, string? Skipped) For(ComputeNode node, BootProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Xname is null)
        {
            return (null, "the node has no xname (BSS keys hosts by xname)");
        }

        if (profile is null)
        {
            return (null, "no boot profile (neither the node nor its groups name one)");
        }

        if (profile.KernelUrl is null)
        {
            return (null, $"boot profile '{profile.Name}' has no kernel_url");
        }

        // The boot MAC is the one the node PXE-boots from; without it every NIC may be, so BSS gets them all.
        IReadOnlyList<string> macs = node.BootMac is { } boot
            ? [boot]
            : [.. node.NetworkInterfaces.Select(n => n.MacAddress).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
        return (new BssBootParameters
        {
            Hosts = [node.Xname],
            Macs = macs.Count > 0 ? macs : null,
            Kernel = profile.KernelUrl,
            Initrd = profile.InitrdUrl,
            Params = profile.KernelParams,
        }, null);
    }
}
