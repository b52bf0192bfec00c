using System.Text.Json;
using Discovery.MockBmc.Mockups;

namespace Discovery.MockBmc.Power;

/// <summary>The power facts a mockup holds for one system: its PowerState and its Reset action's AllowableValues.</summary>
internal sealed record SystemPower(string? MockupState, IReadOnlyList<string> AllowableResetTypes)
{
    public static SystemPower Read(MockupResource? resource)
    {
        if (resource is null)
        {
            return new SystemPower(null, PowerModel.KnownResetTypes);
        }

        try
        {
            using var document = JsonDocument.Parse(resource.Body);
            var root = document.RootElement;
            var state = root.TryGetProperty("PowerState", out var power) && power.ValueKind == JsonValueKind.String ? power.GetString() : null;
            var allowed = root.TryGetProperty("Actions", out var actions) && actions.ValueKind == JsonValueKind.Object
                && actions.TryGetProperty("#ComputerSystem.Reset", out var reset) && reset.ValueKind == JsonValueKind.Object
                && reset.TryGetProperty("ResetType@Redfish.AllowableValues", out var values) && values.ValueKind == JsonValueKind.Array
                ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray()
                : null;

            // A mockup without AllowableValues says nothing about what it refuses: accept every type the simulator knows.
            return new SystemPower(state, allowed is { Length: > 0 } ? allowed : PowerModel.KnownResetTypes);
        }
        catch (JsonException)
        {
            return new SystemPower(null, PowerModel.KnownResetTypes);
        }
    }
}
