using Discovery.Text;

namespace Discovery.Smd.Sending;

/// <summary>The table of <c>discover send</c>: a row per BMC.</summary>
internal static class SmdBmcTableColumns
{
    /// <summary>Xname, BMC, action (lower case, <c>would send</c> in a dry run), detail.</summary>
    public static readonly TableColumn<SmdBmcResult>[] All =
    [
        new("Xname", r => r.Xname),
        new("BMC", r => r.Bmc),
        new("Action", r => r.Action == SmdAction.WouldSend ? "would send" : r.Action.ToString().ToLowerInvariant()),
        new("Detail", r => r.Detail),
    ];
}
