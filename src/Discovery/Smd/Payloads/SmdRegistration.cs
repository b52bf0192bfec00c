namespace Discovery.Smd.Payloads;

/// <summary>Everything one BMC is registered with: its RedfishEndpoint body and the node NICs SMD would not create.</summary>
internal sealed record SmdRegistration
{
    /// <summary>The BMC's xname (the endpoint ID).</summary>
    public required string Xname { get; init; }

    /// <summary>The RedfishEndpoint body.</summary>
    public required RedfishEndpointBody Endpoint { get; init; }

    /// <summary>EthernetInterfaces to create (or PATCH) after the endpoint.</summary>
    public IReadOnlyList<EthernetInterfaceBody> EthernetInterfaces { get; init; } = [];

    /// <summary>The nodes' parts as hardware inventory entries (<see cref="HardwareInventoryBuilder"/>).</summary>
    public IReadOnlyList<HardwareLocation> Hardware { get; init; } = [];
}
