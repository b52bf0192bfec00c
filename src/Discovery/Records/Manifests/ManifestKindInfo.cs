using Discovery.Records.Validation;

namespace Discovery.Records.Manifests;

/// <summary>What a manifest kind maps to: its record definition and the fields that identify a record, in order.</summary>
internal sealed record ManifestKindInfo(ManifestKind Kind, RecordDefinition Definition, IReadOnlyList<string> IdentityFields)
{
    public static IReadOnlyList<ManifestKindInfo> All { get; } =
    [
        new(ManifestKind.ComputeNode, RecordDefinitions.ComputeNode, ["id", "xname"]),
        new(ManifestKind.NodeGroup, RecordDefinitions.NodeGroup, ["name"]),
        new(ManifestKind.BootProfile, RecordDefinitions.BootProfile, ["name"]),
        new(ManifestKind.Bmc, RecordDefinitions.Bmc, ["id", "xname", "mac"]),
        new(ManifestKind.SessionTemplate, RecordDefinitions.SessionTemplate, ["name"]),
    ];

    public static ManifestKindInfo Get(ManifestKind kind) => All.Single(k => k.Kind == kind);

    /// <summary>The kind spelled exactly <paramref name="name"/>, or null.</summary>
    public static ManifestKindInfo? Find(string name) => All.FirstOrDefault(k => string.Equals(k.Definition.Name, name, StringComparison.Ordinal));

    public static string Names => "ComputeNode, NodeGroup, BootProfile, Bmc or SessionTemplate";
}
