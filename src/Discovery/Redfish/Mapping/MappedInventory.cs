using Discovery.Records;

namespace Discovery.Redfish.Mapping;

/// <summary>What mapping one Redfish service yields: its BMC and the compute nodes behind it (NICs inside each).</summary>
internal sealed record MappedInventory
{
    /// <summary>The BMC (ServiceRoot plus its managing Manager).</summary>
    public required Bmc Bmc { get; init; }

    /// <summary>The compute nodes (ComputerSystems), hosts first, then DPUs, each in URI order.</summary>
    public required IReadOnlyList<ComputeNode> Nodes { get; init; }
}
