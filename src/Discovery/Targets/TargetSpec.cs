namespace Discovery.Targets;

/// <summary>One parsed target: an address range, or a host name still to be resolved.</summary>
internal sealed record TargetSpec
{
    /// <summary>The text as the user wrote it.</summary>
    public required string Text { get; init; }

    /// <summary>Where it was written.</summary>
    public required TargetSource Source { get; init; }

    /// <summary>The addresses, when the target is a literal, CIDR or range; null for a host name.</summary>
    public AddressRange? Range { get; init; }

    /// <summary>The host name to resolve through DNS, when the target is one; otherwise null.</summary>
    public string? HostName { get; init; }
}
