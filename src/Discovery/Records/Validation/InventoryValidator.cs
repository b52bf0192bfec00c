using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Discovery.Records.Validation;

/// <summary>
/// Validates inventory records and brings them to the normal form the store keeps. The rules are those the JSON
/// Schemas (<see cref="Schemas.InventorySchemas"/>) publish, read from the same table, so the API, <c>apply</c> and
/// <c>discover schemas</c> cannot disagree.
/// </summary>
/// <remarks>
/// <para>Rules, by field kind: xnames of the right kind (a node xname for a node, a BMC xname for a BMC); MACs in
/// colon, dash, Cisco-dot or bare-hex spelling, never all-zero or broadcast; IPv4 dotted quads without leading
/// zeros; IPv6 without prefix or zone; RFC 1123 host names and FQDNs; boot URLs with scheme http, https, tftp or
/// nfs and no credentials; names (groups, boot profiles, a node's groups) by SMD's rule <c>^[-a-z0-9:._]+$</c>;
/// counts, memory and speeds at least 0, ports 1-65535, VLAN ids 0-4094; <c>arch</c> one of x86_64, aarch64,
/// ppc64le, riscv64, x86, arm, ia64; power and link states as Redfish spells them.</para>
/// <para>Normal forms: MACs lower-case colon form, xnames canonical, UUIDs and host names lower case, IPv6
/// compressed, FQDNs without the final dot, <c>groups</c> and <c>members</c> sorted without repeats, labels sorted
/// by key. Null optional fields are fine; C# <c>required</c> fields must be present.</para>
/// </remarks>
internal static class InventoryValidator
{
    /// <summary>Validates <paramref name="node"/> and its network interfaces.</summary>
    public static ValidationResult<ComputeNode> Validate(ComputeNode node) =>
        Validate(node, RecordDefinitions.ComputeNode, InventoryJsonContext.Default.ComputeNode);

    /// <summary>Validates <paramref name="bmc"/> and its network interfaces.</summary>
    public static ValidationResult<Bmc> Validate(Bmc bmc) =>
        Validate(bmc, RecordDefinitions.Bmc, InventoryJsonContext.Default.Bmc);

    /// <summary>Validates one network interface on its own.</summary>
    public static ValidationResult<NetworkInterface> Validate(NetworkInterface networkInterface) =>
        Validate(networkInterface, RecordDefinitions.NetworkInterface, InventoryJsonContext.Default.NetworkInterface);

    /// <summary>Validates <paramref name="group"/>.</summary>
    public static ValidationResult<NodeGroup> Validate(NodeGroup group) =>
        Validate(group, RecordDefinitions.NodeGroup, InventoryJsonContext.Default.NodeGroup);

    /// <summary>Validates <paramref name="profile"/>.</summary>
    public static ValidationResult<BootProfile> Validate(BootProfile profile) =>
        Validate(profile, RecordDefinitions.BootProfile, InventoryJsonContext.Default.BootProfile);

    /// <summary>Validates <paramref name="template"/> and its boot sets.</summary>
    public static ValidationResult<SessionTemplate> Validate(SessionTemplate template) =>
        Validate(template, RecordDefinitions.SessionTemplate, InventoryJsonContext.Default.SessionTemplate);

    private static ValidationResult<T> Validate<T>(T record, RecordDefinition definition, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(record);
        // Through JSON so that the rules are keyed by the same snake_case names the schema and manifests use.
        var json = JsonSerializer.SerializeToNode(record, typeInfo)!.AsObject();
        var errors = new List<FieldError>();
        var changed = RecordJsonValidator.Validate(json, definition, string.Empty, requireAll: true, errors);
        // Most records come normal already (collect maps to normal forms; manifests are normalised when read):
        // rebuilding them from the JSON would only copy them.
        return errors.Count > 0
            ? new ValidationResult<T> { Errors = errors }
            : new ValidationResult<T> { Value = changed ? json.Deserialize(typeInfo) : record };
    }
}
