namespace Discovery.Power;

/// <summary>What <c>discover power</c> does to each node.</summary>
internal enum PowerAction
{
    /// <summary>Read PowerState only.</summary>
    Status,

    /// <summary>Power on; target state On.</summary>
    On,

    /// <summary>Power off; target state Off.</summary>
    Off,

    /// <summary>Restart (ForceRestart, GracefulRestart, else Off then On); target state On.</summary>
    Reset,

    /// <summary>Power cycle (PowerCycle, else ForceRestart, else Off then On); target state On.</summary>
    Cycle,
}
