namespace Discovery.Records.Validation;

/// <summary>The field table of <see cref="NodeGroup"/>.</summary>
internal static class NodeGroupFields
{
    public static IReadOnlyList<FieldSpec> Create() =>
    [
        new("id", "Stable identifier."),
        new("name", "Unique group name (SMD's group-name rule).") { Rule = ValueRules.Name },
        new("description", "Free text."),
        new("members", "Member nodes by xname or id; a set, stored sorted in canonical form.") { Rule = ValueRules.GroupMember, IsSet = true },
        new("labels", "Labels, as in Kubernetes.") { Rule = ValueRules.LabelValue, KeyRule = ValueRules.LabelKey },
        new("boot_profile", "Name of the BootProfile members boot with unless a node names its own.") { Rule = ValueRules.Name },
        new("last_updated", "When this record last changed.") { ServerManaged = true },
    ];
}
