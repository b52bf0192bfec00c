namespace Discovery.Power;

/// <summary>
/// The ComputerSystem.Reset types that carry out an action on one system, chosen from the types the BMC lists in
/// <c>ResetType@Redfish.AllowableValues</c>: one type in order of preference, else Off then On when the BMC allows
/// both (a restart by hand). A BMC that lists no values is taken to accept the standard ones.
/// </summary>
internal sealed record ResetPlan(IReadOnlyList<string> Steps, string Target)
{
    private static readonly string[] OnTypes = ["On", "ForceOn"];
    private static readonly string[] OffTypes = ["ForceOff", "GracefulShutdown"];

    /// <summary>The plan for <paramref name="action"/>, or null (with why) when the BMC allows no way to do it.</summary>
    public static (ResetPlan? Plan, string? Problem) Choose(PowerAction action, IReadOnlyList<string>? allowed)
    {
        // DSP2046: with no AllowableValues annotation, the service takes any value of the ResetType enum.
        var allows = allowed is { Count: > 0 } ? allowed : [.. OnTypes, .. OffTypes, "ForceRestart", "GracefulRestart", "PowerCycle"];
        string? Pick(IEnumerable<string> preference) => preference.FirstOrDefault(p => allows.Contains(p, StringComparer.Ordinal));
        var single = action switch
        {
            PowerAction.On => Pick(OnTypes),
            PowerAction.Off => Pick(OffTypes),
            PowerAction.Reset => Pick(["ForceRestart", "GracefulRestart", "PowerCycle"]),
            PowerAction.Cycle => Pick(["PowerCycle", "ForceRestart", "GracefulRestart"]),
            _ => null,
        };
        var target = action == PowerAction.Off ? "Off" : "On";
        if (single is not null)
        {
            return (new ResetPlan([single], target), null);
        }

        if (action is PowerAction.Reset or PowerAction.Cycle && Pick(OffTypes) is { } off && Pick(OnTypes) is { } on)
        {
            return (new ResetPlan([off, on], target), null);
        }

        return (null, $"the BMC allows no reset type for '{action.ToString().ToLowerInvariant()}' (it lists: {string.Join(", ", allows)})");
    }
}
