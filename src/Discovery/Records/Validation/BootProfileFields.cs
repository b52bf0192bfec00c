namespace Discovery.Records.Validation;

/// <summary>The field table of <see cref="BootProfile"/>.</summary>
internal static class BootProfileFields
{
    public static IReadOnlyList<FieldSpec> Create() =>
    [
        new("id", "Stable identifier."),
        new("name", "Unique profile name, referenced by a node's or a group's boot_profile.") { Rule = ValueRules.Name },
        new("ssh_key", "OpenSSH public key for the admin user (one key line).") { Rule = ValueRules.SshPublicKey },
        new("admin_username", "Admin user name.") { Rule = ValueRules.UserName },
        new("user_data", "cloud-init user-data."),
        new("image_url", "Root filesystem image URL (http, https, tftp or nfs).") { Rule = ValueRules.BootUrl },
        new("kernel_url", "Kernel URL (http, https, tftp or nfs).") { Rule = ValueRules.BootUrl },
        new("initrd_url", "Initrd URL (http, https, tftp or nfs).") { Rule = ValueRules.BootUrl },
        new("kernel_params", "Kernel command line (one line).") { Rule = ValueRules.SingleLine },
    ];
}
