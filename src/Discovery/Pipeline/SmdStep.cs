using Discovery.Cli.Commands;
using Discovery.Cli.Output;
using Discovery.Credentials;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Mapping;
using Discovery.Smd.Sending;
using Discovery.Smd.State;

namespace Discovery.Cli.Pipeline;

/// <summary>
/// The SMD step of <c>collect --smd</c> and <c>send</c>: loads the registration state from the state directory,
/// registers the BMCs (or, in a dry run, prints the writes as JSON lines on stdout), reports, and says on stderr
/// what happened. Never prints the token or a password.
/// </summary>
internal static class SmdRegistration
{
    /// <summary>
    /// The SMD step of <c>collect --smd</c>, run after the crawl and its log are complete: registers every BMC
    /// that was mapped, prints each failure and the summary on stderr (stdout keeps the collect rows).
    /// </summary>
    /// <returns><paramref name="crawlExit"/>, unless the SMD step failed (see <see cref="ExitCodes.RemoteFailure"/>).</returns>
    public static async Task<int> AfterCollectAsync(
        CliContext context,
        SmdSettings settings,
        string stateDirectory,
        IReadOnlyList<BmcCollectResult> results,
        ICredentialProvider credentials,
        string? username,
        int crawlExit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(results);
        var inventories = results
            .Where(r => r.Bmc is not null)
            .Select(r => new MappedInventory { Bmc = r.Bmc!, Nodes = r.Nodes })
            .ToList();
        var exit = await RunAsync(
            context,
            settings,
            stateDirectory,
            inventories,
            credentials,
            username ?? CredentialRequest.DefaultUsername,
            async (result, token) =>
            {
                // One line per reason: SMD being down fails every BMC alike and is said once.
                foreach (var reason in result.Results.Where(r => r.Action == SmdAction.Failed).GroupBy(r => r.Detail))
                {
                    var names = reason.Select(r => r.Xname ?? r.Bmc).ToList();
                    var who = names.Count == 1
                        ? $"{reason.First().Xname ?? "-"} ({reason.First().Bmc})"
                        : $"{names.Count} BMCs ({string.Join(", ", names.Take(3))}{(names.Count > 3 ? ", ..." : string.Empty)})";
                    await context.Error.WriteLineAsync($"smd: {who}: {reason.Key}".AsMemory(), token);
                }
            },
            cancellationToken);
        return exit == ExitCodes.Ok ? crawlExit : exit;
    }

    /// <summary>Registers <paramref name="inventories"/> with the SMD of <paramref name="settings"/> and reports.</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="settings">SMD's URL, token and flags.</param>
    /// <param name="stateDirectory">Where <c>smd-registrations.json</c> lives.</param>
    /// <param name="inventories">The BMCs and their nodes, from whichever source.</param>
    /// <param name="credentials">Each BMC's account (for <c>User</c>, and <c>Password</c> with <c>--send-bmc-password</c>).</param>
    /// <param name="fallbackUser">The account of BMCs the provider has none for.</param>
    /// <param name="report">Shows the per-BMC results (not called in a dry run, whose output is the planned writes).</param>
    /// <param name="cancellationToken">Cancels the step; what SMD confirmed so far is still recorded.</param>
    /// <returns><see cref="ExitCodes.Ok"/>, <see cref="ExitCodes.RemoteFailure"/> when a BMC failed, or
    /// <see cref="ExitCodes.LocalFailure"/> when the state cannot be saved.</returns>
    public static async Task<int> RunAsync(
        CliContext context,
        SmdSettings settings,
        string stateDirectory,
        IReadOnlyList<MappedInventory> inventories,
        ICredentialProvider? credentials,
        string fallbackUser,
        Func<SmdSendResult, CancellationToken, Task> report,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(report);
        SmdSendResult result;
        try
        {
            var state = await LoadStateAsync(context, stateDirectory, cancellationToken);
            using var sender = new SmdSender(settings.Client, state, context.TimeProvider);
            result = await sender.SendAsync(
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
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"discover: smd: cannot keep the registration state in {stateDirectory}: {ex.Message}".AsMemory(), CancellationToken.None);
            return ExitCodes.LocalFailure;
        }

        if (settings.DryRun)
        {
            foreach (var planned in result.Planned)
            {
                await context.Output.WriteLineAsync(OutputRenderer.SerializeLine(planned, CliJsonContext.Default.SmdPlannedRequest).AsMemory(), cancellationToken);
            }

            await context.Output.FlushAsync(cancellationToken);
        }
        else
        {
            await report(result, cancellationToken);
        }

        await context.Error.WriteLineAsync(Summary(result, settings.DryRun).AsMemory(), cancellationToken);
        return result.AllOk ? ExitCodes.Ok : ExitCodes.RemoteFailure;
    }

    /// <summary><c>smd: 50 BMCs: 1 created, 2 updated, 47 unchanged, 0 failed (URL)</c>, or the dry run's counts.</summary>
    internal static string Summary(SmdSendResult result, bool dryRun)
    {
        var counts = dryRun
            ? $"{result.Count(SmdAction.WouldSend)} would be sent ({result.Planned.Count} writes), {result.Count(SmdAction.Unchanged)} unchanged, " +
              $"{result.Count(SmdAction.Failed)} failed; dry run, nothing sent"
            : $"{result.Count(SmdAction.Created)} created, {result.Count(SmdAction.Updated)} updated, {result.Count(SmdAction.Unchanged)} unchanged, " +
              $"{result.Count(SmdAction.Failed)} failed";
        return $"smd: {result.Results.Count} BMCs: {counts} ({result.Smd})";
    }

    private static async Task<SmdStateStore> LoadStateAsync(CliContext context, string stateDirectory, CancellationToken cancellationToken)
    {
        try
        {
            return await SmdStateStore.LoadAsync(stateDirectory, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            // Losing the state only costs a re-send of every BMC; it must not stop a registration.
            await context.Error.WriteLineAsync($"discover: warning: {ex.Message}; sending every BMC".AsMemory(), cancellationToken);
            return SmdStateStore.Empty(stateDirectory);
        }
    }
}
