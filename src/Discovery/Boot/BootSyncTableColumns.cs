using Discovery.Text;

namespace Discovery.Boot;

/// <summary>The table of <c>discover boot sync</c>: a row per node or group.</summary>
internal static class BootSyncTableColumns
{
    /// <summary>Target, service, profile, action, the entry written (kernel, MACs), detail.</summary>
    public static readonly TableColumn<BootSyncResult>[] All =
    [
        new("Target", r => r.Target),
        new("Service", r => r.Service),
        new("Profile", r => r.Profile),
        new("Action", r => r.Action.Replace('_', ' ')),
        new("Kernel", r => r.Entry?.Kernel),
        new("MACs", r => r.Entry?.Macs is { } macs ? string.Join(",", macs) : null),
        new("Detail", r => r.Message),
    ];
}
