using System.Text.Json;
using Discovery.MockBmc.Mockups;
using Microsoft.AspNetCore.Http;

namespace Discovery.MockBmc.Http;

/// <summary>
/// <c>POST {system}/Actions/ComputerSystem.Reset</c>: accepted (204) when <c>ResetType</c> is one of the system's
/// <c>ResetType@Redfish.AllowableValues</c>, refused with 400 otherwise, as DSP0266 asks. An accepted reset is counted
/// and moves the system's PowerState (see <see cref="Power.PowerModel"/>) unless the instance has the PowerStuck fault.
/// </summary>
internal sealed partial class MockRequestHandler
{
    private const string SystemResetSuffix = "/actions/computersystem.reset";

    private static bool IsSystemReset(string key, MockupTree tree) =>
        key.EndsWith(SystemResetSuffix, StringComparison.Ordinal)
        && tree.Find(key[..^SystemResetSuffix.Length]) is { Role: ResourceRole.SystemMember };

    private async Task SystemResetAsync(HttpContext context, string key, FaultState state, CancellationToken cancellationToken)
    {
        var systemKey = key[..^SystemResetSuffix.Length];
        var resetType = await ReadResetTypeAsync(context, cancellationToken);
        var allowed = instance.Power.Describe(systemKey).AllowableResetTypes;
        if (resetType is null)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, RedfishBodies.Error("Base.1.8.ActionParameterMissing", "The action ComputerSystem.Reset requires the parameter ResetType to be present in the request body.", "Supply the action with the required parameter in the request body."), cancellationToken);
            return;
        }

        if (!allowed.Contains(resetType, StringComparer.Ordinal))
        {
            var message = $"The value '{(resetType.Length > 64 ? resetType[..64] : resetType)}' for the parameter ResetType in the action ComputerSystem.Reset is not supported; allowed: {string.Join(", ", allowed)}.";
            await WriteAsync(context, StatusCodes.Status400BadRequest, RedfishBodies.Error("Base.1.8.ActionParameterNotSupported", message, "Choose a value from ResetType@Redfish.AllowableValues."), cancellationToken);
            return;
        }

        instance.Counters.AddReset(resetType);
        instance.Power.Reset(systemKey, resetType, state.Faults.PowerStuck);
        await WriteAsync(context, StatusCodes.Status204NoContent, ReadOnlyMemory<byte>.Empty, cancellationToken);
    }

    private static async Task<string?> ReadResetTypeAsync(HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object ? Text(document.RootElement, "ResetType") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
