namespace Discovery.Records;

/// <summary>How a node boots (from the OpenCHAMI node-orchestration RFD).</summary>
internal sealed record BootProfile
{
    /// <summary>Stable identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>Unique profile name.</summary>
    public required string Name { get; init; }

    /// <summary>SSH public key for the admin user.</summary>
    public string? SshKey { get; init; }

    /// <summary>Admin user name.</summary>
    public string? AdminUsername { get; init; }

    /// <summary>cloud-init user-data.</summary>
    public string? UserData { get; init; }

    /// <summary>Root filesystem image URL.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Kernel URL.</summary>
    public string? KernelUrl { get; init; }

    /// <summary>Initrd URL.</summary>
    public string? InitrdUrl { get; init; }

    /// <summary>Kernel command line parameters.</summary>
    public string? KernelParams { get; init; }
}
