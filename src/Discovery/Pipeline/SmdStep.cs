using Discovery.Credentials;
using Discovery.Redfish.Mapping;
using Discovery.Smd.Sending;
using Discovery.Smd.State;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// The SMD step of collect --smd, send and run: loads the registration state from the state folder, registers
/// the BMCs (idempotent: an unchanged BMC costs one GET and no write) or, in a dry run, plans the writes.
/// </summary>
internal static class SmdStep
{
    /// <summary>Registers <paramref name="inventories"/> with the SMD of <paramref name="settings"/>.</summary>
    /// <param name="settings">SMD's URL, token and flags.</param>
    /// <param name="stateDirectory">Where <c>smd-registrations.json</c> lives.</param>
    /// <param name="inventories">The BMCs and their nodes, from whichever source.</param>
    /// <param name="credentials">Each BMC's account (for <c>User</c>, and <c>Password</c> with send_bmc_password).</param>
    /// <param name="fallbackUser">The account of BMCs the provider has none for.</param>
    /// <param name="time">The clock.</param>
    /// <param name="loggers">Where the SMD sender logs.</param>
    /// <param name="cancellationToken">Cancels the step; what SMD confirmed so far is still recorded.</param>
    public static async Task<SmdStepResult> RegisterAsync(
        SmdStepSettings settings,
        string stateDirectory,
        IReadOnlyList<MappedInventory> inventories,
        ICredentialProvider? credentials,
        string fallbackUser,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var warnings = new List<string>();
        try
        {
            SmdStateStore state;
            try
            {
                state = await SmdStateStore.LoadAsync(stateDirectory, cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                // Losing the state only costs a re-send of every BMC; it must not stop a registration.
                warnings.Add($"{ex.Message}; sending every BMC");
                state = SmdStateStore.Empty(stateDirectory);
            }

            using var sender = new SmdSender(settings.Client, state, time, loggers.CreateLogger<SmdSender>());
            var sent = await sender.SendAsync(
                new SmdSendRequest
                {
                    Inventories = inventories,
                    Credentials = credentials,
                    FallbackUser = fallbackUser,
                    SendPassword = settings.SendPassword,
                    DryRun = settings.DryRun,
                    Force = settings.Force,
                },
                cancellationToken);
            return new SmdStepResult { Sent = sent, DryRun = settings.DryRun, Warnings = warnings };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SmdStepResult { DryRun = settings.DryRun, Warnings = warnings, StateFailure = $"cannot keep the registration state in {stateDirectory}: {ex.Message}" };
        }
    }
}
