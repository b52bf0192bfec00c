namespace Discovery.Storage.Inventory;

/// <summary>The five kinds of record the inventory store holds.</summary>
public enum RecordKind
{
    /// <summary>A <see cref="Core.Inventory.ComputeNode"/> (table <c>nodes</c>, API <c>/nodes</c>).</summary>
    Node,

    /// <summary>A <see cref="Core.Inventory.Bmc"/> (table <c>bmcs</c>, API <c>/bmcs</c>).</summary>
    Bmc,

    /// <summary>A <see cref="Core.Inventory.NetworkInterface"/> of a node or BMC (table <c>nics</c>, API <c>/interfaces</c>).</summary>
    Interface,

    /// <summary>A <see cref="Core.Inventory.NodeGroup"/> (table <c>node_groups</c>, API <c>/groups</c>).</summary>
    Group,

    /// <summary>A <see cref="Core.Inventory.BootProfile"/> (table <c>boot_profiles</c>, API <c>/boot-profiles</c>).</summary>
    BootProfile,
}
