namespace Discovery.Records.Validation;

/// <summary>The field tables of <see cref="SessionTemplate"/> and its <see cref="BootSet"/>s.</summary>
internal static class SessionTemplateFields
{
    public static IReadOnlyList<FieldSpec> Create() =>
    [
        new("id", "Stable identifier."),
        new("name", "Unique template name, a session's template_name.") { Rule = ValueRules.Name },
        new("description", "What the template is for.") { Rule = ValueRules.SingleLine },
        new("boot_sets", "Boot sets by name (letters, digits, . - _; at least one), as BOS v2's boot_sets.") { Items = RecordDefinitions.BootSet },
    ];

    public static IReadOnlyList<FieldSpec> BootSet() =>
    [
        new("name", "The boot set's name; when given it must equal its key in boot_sets.") { Rule = BootSetName },
        new("path", "With type boot_profile: the name of the BootProfile the nodes boot with.") { Rule = ValueRules.Name },
        new("type", "How path is read: boot_profile (path names a BootProfile).") { Rule = BootSetType },
        new("kernel_parameters", "Kernel parameters appended to the profile's kernel_params.") { Rule = ValueRules.SingleLine },
        new("node_list", "Nodes by xname.") { Rule = ValueRules.NodeXname, IsSet = true },
        new("node_groups", "Every member of these groups.") { Rule = ValueRules.Name, IsSet = true },
    ];

    /// <summary>BOS v2's BootSetName rule.</summary>
    public static readonly ValueRule BootSetName = new()
    {
        Expected = "a boot set name (letters, digits, . - _, starting and ending with a letter or digit, at most 127)",
        Pattern = "^[a-zA-Z0-9](?:[-._a-zA-Z0-9]{0,125}[a-zA-Z0-9])?$",
    };

    private static readonly ValueRule BootSetType = new()
    {
        Expected = "a boot set type discover knows (boot_profile)",
        AllowedValues = ["boot_profile"],
    };
}
