using Discovery.Text;

namespace Discovery.Power;

/// <summary>The table of <c>discover power</c>: a row per node.</summary>
internal static class NodePowerTableColumns
{
    /// <summary>Node, BMC, power state, status, the reset types the BMC allows, detail.</summary>
    public static readonly TableColumn<NodePowerResult>[] All =
    [
        new("Node", r => r.Node),
        new("BMC", r => r.Bmc),
        new("Power", r => r.PowerState),
        new("Status", r => r.StatusName.Replace('_', ' ')),
        new("Reset", r => string.Join(", ", r.ResetTypes)),
        new("Detail", r => r.Message),
    ];
}
