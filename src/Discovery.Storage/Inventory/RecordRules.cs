using Discovery.Core.Inventory;

namespace Discovery.Storage.Inventory;

/// <summary>
/// The format rules every stored record passes (xname, MAC, IP, ... in normal form): one place, so the API,
/// <c>apply</c> and collect's upserts validate alike. Null collections become empty first.
/// </summary>
internal static class RecordRules
{
    public static (ComputeNode, IReadOnlyList<RecordError>) Normalize(ComputeNode node) => (RecordDefaults.Fill(node), []);

    public static (Bmc, IReadOnlyList<RecordError>) Normalize(Bmc bmc) => (RecordDefaults.Fill(bmc), []);

    public static (NetworkInterface, IReadOnlyList<RecordError>) Normalize(NetworkInterface nic) => (RecordDefaults.Fill(nic), []);

    public static (NodeGroup, IReadOnlyList<RecordError>) Normalize(NodeGroup group) => (RecordDefaults.Fill(group), []);

    public static (BootProfile, IReadOnlyList<RecordError>) Normalize(BootProfile profile) => (profile, []);
}
