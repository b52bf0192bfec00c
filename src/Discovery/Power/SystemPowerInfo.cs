using System.Text.Json;
using Discovery.Redfish.Mapping;

namespace Discovery.Power;

/// <summary>What a ComputerSystem document says about power: PowerState, the Reset action's target and AllowableValues.</summary>
internal sealed record SystemPowerInfo(string? PowerState, string? ResetTarget, IReadOnlyList<string> AllowableResetTypes)
{
    public static SystemPowerInfo Read(JsonElement system)
    {
        string? target = null;
        IReadOnlyList<string> allowed = [];
        if (system.TryGetProperty("Actions", out var actions) && actions.ValueKind == JsonValueKind.Object
            && actions.TryGetProperty("#ComputerSystem.Reset", out var reset) && reset.ValueKind == JsonValueKind.Object)
        {
            target = reset.String("target");
            if (reset.TryGetProperty("ResetType@Redfish.AllowableValues", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                allowed = [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];
            }
        }

        return new SystemPowerInfo(system.String("PowerState"), target, allowed);
    }
}
