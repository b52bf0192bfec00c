using Discovery.Boot;
using Discovery.Power;

namespace Discovery.Pipeline.Reports;

/// <summary>The lines power and boot sync end with on standard error.</summary>
internal static class ActionSummary
{
    /// <summary><c>power reset: 3/4 nodes ok</c>.</summary>
    public static string Power(PowerAction action, IReadOnlyList<NodePowerResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return $"power {action.ToString().ToLowerInvariant()}: {results.Count(r => r.Status == PowerStatus.Ok)}/{results.Count} nodes ok";
    }

    /// <summary><c>boot sync: 4 node(s): 1 created, 3 unchanged</c>: each action counted, in name order.</summary>
    public static string BootSync(IReadOnlyList<BootSyncResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var counts = string.Join(", ", results.GroupBy(r => r.Action).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key.Replace('_', ' ')}"));
        return $"boot sync: {results.Count} node(s): {counts}";
    }
}
