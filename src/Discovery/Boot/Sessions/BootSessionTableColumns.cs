using System.Globalization;
using Discovery.Text;

namespace Discovery.Boot.Sessions;

/// <summary>The tables of <c>discover boot session</c>: sessions, and the nodes of one.</summary>
internal static class BootSessionTableColumns
{
    /// <summary>Session, template, operation, status, node count, error.</summary>
    public static readonly TableColumn<BootSession>[] Sessions =
    [
        new("Session", s => s.Name), new("Template", s => s.TemplateName), new("Operation", s => s.Operation), new("Status", s => s.Status),
        new("Nodes", s => s.Components.Count.ToString(CultureInfo.InvariantCulture)), new("Error", s => s.Error),
    ];

    /// <summary>Node, status, phase, profile, last reset, power state, retries, error.</summary>
    public static readonly TableColumn<BootSessionNode>[] Nodes =
    [
        new("Node", n => n.Node), new("Status", n => n.Status), new("Phase", n => n.Phase), new("Profile", n => n.Profile),
        new("Reset", n => n.LastAction), new("Power", n => n.PowerState),
        new("Retries", n => n.RetryCount.ToString(CultureInfo.InvariantCulture)), new("Error", n => n.Error),
    ];
}
