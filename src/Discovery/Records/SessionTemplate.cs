namespace Discovery.Records;

/// <summary>
/// A BOS v2 session template (RFD #73): what a boot session applies to which nodes. Each boot set names the
/// <see cref="BootProfile"/> its nodes boot with and adds kernel parameters; a session created from the template
/// pushes that to BSS and cloud-init and runs the power action.
/// </summary>
internal sealed record SessionTemplate
{
    /// <summary>Stable identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>Unique template name (a session's <c>template_name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What the template is for.</summary>
    public string? Description { get; init; }

    /// <summary>Boot sets by name (BOS v2's <c>boot_sets</c> map); at least one.</summary>
    // "?? new" because source-generated JSON sets missing init-only collections to null (dotnet/runtime#84484).
    public IReadOnlyDictionary<string, BootSet> BootSets { get; init => field = value ?? new Dictionary<string, BootSet>(); } = new Dictionary<string, BootSet>();
}
