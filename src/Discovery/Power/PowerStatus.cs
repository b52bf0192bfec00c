namespace Discovery.Power;

/// <summary>How one node's power action ended.</summary>
internal enum PowerStatus
{
    /// <summary>Done: the node reached the target state (or, for status, its state was read).</summary>
    Ok,

    /// <summary>The BMC did not answer, or not as Redfish.</summary>
    Unreachable,

    /// <summary>The BMC refused the credentials.</summary>
    AuthFailed,

    /// <summary>The BMC refused the reset, or allows no reset type for the action.</summary>
    Refused,

    /// <summary>The reset was accepted but PowerState did not reach the target within the timeout.</summary>
    TimedOut,

    /// <summary>The node has no BMC address or Redfish URI in the inventory.</summary>
    NotInInventory,

    /// <summary>Stopped by the caller before it finished.</summary>
    Cancelled,
}
