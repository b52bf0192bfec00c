namespace Discovery.Records;

/// <summary>
/// One boot set of a <see cref="SessionTemplate"/>, in BOS v2's shape (<c>V2BootSet</c>). BOS reads boot artifacts
/// from a manifest at <see cref="Path"/> whose MIME type is <see cref="Type"/>; discover's one type is
/// <c>boot_profile</c>, whose path is the name of a <see cref="BootProfile"/> (kernel, initrd, parameters and
/// cloud-init data), so existing BOS clients send templates unchanged in shape.
/// </summary>
internal sealed record BootSet
{
    /// <summary>The boot set's name; when given it must equal its key in <c>boot_sets</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The name of the boot profile (with <see cref="Type"/> <c>boot_profile</c>).</summary>
    public required string Path { get; init; }

    /// <summary>How <see cref="Path"/> is read: <c>boot_profile</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Kernel parameters appended to the profile's <c>kernel_params</c>.</summary>
    public string? KernelParameters { get; init; }

    /// <summary>Nodes by xname.</summary>
    // "?? []" because source-generated JSON sets missing init-only collections to null (dotnet/runtime#84484).
    public IReadOnlyList<string> NodeList { get; init => field = value ?? []; } = [];

    /// <summary>Every member of these groups.</summary>
    public IReadOnlyList<string> NodeGroups { get; init => field = value ?? []; } = [];
}
