namespace Discovery.Records;

/// <summary>A network interface of a node or of a BMC (a Redfish EthernetInterface).</summary>
internal sealed record NetworkInterface
{
    /// <summary>Stable identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>Identifier of the node or BMC that owns this interface.</summary>
    public Guid OwnerId { get; init; }

    /// <summary>Whether the owner is a node or a BMC.</summary>
    public NetworkInterfaceOwnerKind OwnerKind { get; init; }

    /// <summary>Interface name (Redfish <c>Id</c> or <c>Name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The Redfish URI of the EthernetInterface.</summary>
    public string? RedfishUri { get; init; }

    /// <summary>Current MAC, lower-case colon form; null when the BMC reports none or a placeholder.</summary>
    public string? MacAddress { get; init; }

    /// <summary>Burned-in MAC, lower-case colon form, when reported.</summary>
    public string? PermanentMacAddress { get; init; }

    /// <summary>IPv4 addresses, placeholders (<c>N/A</c>, <c>0.0.0.0</c>) removed.</summary>
    // "?? []" because source-generated JSON sets missing init-only lists to null (dotnet/runtime#84484).
    public IReadOnlyList<string> Ipv4Addresses { get; init => field = value ?? []; } = [];

    /// <summary>IPv6 addresses, without prefix length.</summary>
    public IReadOnlyList<string> Ipv6Addresses { get; init => field = value ?? []; } = [];

    /// <summary>Link speed in Mbit/s.</summary>
    public long? SpeedMbps { get; init; }

    /// <summary>Link status (<c>LinkUp</c>, <c>LinkDown</c>, <c>NoLink</c>).</summary>
    public string? LinkStatus { get; init; }

    /// <summary>Whether the interface is enabled.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Host name reported on the interface.</summary>
    public string? Hostname { get; init; }

    /// <summary>FQDN reported on the interface.</summary>
    public string? Fqdn { get; init; }

    /// <summary>VLAN id, when the interface is a VLAN.</summary>
    public int? VlanId { get; init; }
}
