namespace Discovery.Store;

/// <summary>The six kinds of record the inventory store holds.</summary>
internal enum RecordKind
{
    /// <summary>A <see cref="Records.ComputeNode"/> (table <c>nodes</c>, API <c>/nodes</c>).</summary>
    Node,

    /// <summary>A <see cref="Records.Bmc"/> (table <c>bmcs</c>, API <c>/bmcs</c>).</summary>
    Bmc,

    /// <summary>A <see cref="Records.NetworkInterface"/> of a node or BMC (table <c>nics</c>, API <c>/interfaces</c>).</summary>
    Interface,

    /// <summary>A <see cref="Records.NodeGroup"/> (table <c>node_groups</c>, API <c>/groups</c>).</summary>
    Group,

    /// <summary>A <see cref="Records.BootProfile"/> (table <c>boot_profiles</c>, API <c>/boot-profiles</c>).</summary>
    BootProfile,

    /// <summary>A <see cref="Records.SessionTemplate"/> (table <c>session_templates</c>, API <c>/session-templates</c>).</summary>
    SessionTemplate,
}
