using Discovery.Core.Inventory;

namespace Discovery.Storage.Inventory;

/// <summary>
/// Empty lists and maps where a record came with nulls. System.Text.Json's source generator sets an init-only
/// property that is missing from the JSON to null, not to its initializer, so a record read from a body or a
/// manifest may carry null collections despite its annotations.
/// </summary>
internal static class RecordDefaults
{
    public static ComputeNode Fill(ComputeNode node) => node with
    {
        Groups = node.Groups ?? [],
        NetworkInterfaces = [.. (node.NetworkInterfaces ?? []).Select(Fill)],
    };

    public static Bmc Fill(Bmc bmc) => bmc with { NetworkInterfaces = [.. (bmc.NetworkInterfaces ?? []).Select(Fill)] };

    public static NetworkInterface Fill(NetworkInterface nic) => nic with
    {
        Ipv4Addresses = nic.Ipv4Addresses ?? [],
        Ipv6Addresses = nic.Ipv6Addresses ?? [],
    };

    public static NodeGroup Fill(NodeGroup group) => group with
    {
        Members = group.Members ?? [],
        Labels = group.Labels ?? new Dictionary<string, string>(),
    };
}
