using Discovery.Records;
using Discovery.Records.Validation;

namespace Discovery.Store;

/// <summary>
/// The format rules every stored record passes (<see cref="InventoryValidator"/>: xnames, MACs, IPs, names, URLs in
/// normal form), so the API, <c>apply</c> and collect's upserts validate alike and the store holds normal forms only.
/// </summary>
internal static class RecordRules
{
    public static (ComputeNode, IReadOnlyList<RecordError>) Normalize(ComputeNode node) => From(InventoryValidator.Validate(node), node);

    public static (Bmc, IReadOnlyList<RecordError>) Normalize(Bmc bmc) => From(InventoryValidator.Validate(bmc), bmc);

    public static (NetworkInterface, IReadOnlyList<RecordError>) Normalize(NetworkInterface nic) => From(InventoryValidator.Validate(nic), nic);

    public static (NodeGroup, IReadOnlyList<RecordError>) Normalize(NodeGroup group) => From(InventoryValidator.Validate(group), group);

    public static (BootProfile, IReadOnlyList<RecordError>) Normalize(BootProfile profile) => From(InventoryValidator.Validate(profile), profile);

    public static (SessionTemplate, IReadOnlyList<RecordError>) Normalize(SessionTemplate template) => From(InventoryValidator.Validate(template), template);

    private static (T, IReadOnlyList<RecordError>) From<T>(ValidationResult<T> result, T original)
        where T : class =>
        result.IsValid ? (result.Value!, []) : (original, [.. result.Errors.Select(e => new RecordError(e.Field, e.Message))]);
}
