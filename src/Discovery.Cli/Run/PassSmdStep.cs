using Discovery.Cli.Commands;
using Discovery.Cli.Pipeline;
using Discovery.Credentials;
using Discovery.Smd.Http;

namespace Discovery.Cli.Run;

/// <summary>
/// The SMD step of <c>discover run</c>: the same registration as <c>collect --smd</c> (idempotent, so an
/// unchanged fleet costs one GET per BMC and no write), over the BMCs the pass mapped.
/// </summary>
internal static class PassSmdStep
{
    /// <summary>The SMD settings of the plan, or null when no SMD is configured; a bad token file is a usage error.</summary>
    public static async Task<SmdSettings?> SettingsAsync(CliContext context, PassPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.SmdUrl is null)
        {
            return null;
        }

        return new SmdSettings
        {
            Client = new SmdClientOptions
            {
                BaseUri = plan.SmdUrl,
                AccessToken = await SmdOptions.ReadTokenAsync(context, plan.SmdTokenFile, cancellationToken),
                CaCertFile = plan.SmdCaCert,
            },
        };
    }

    /// <summary>Registers what the pass mapped; true when every BMC is registered (or unchanged).</summary>
    public static async Task<bool> RunAsync(
        CliContext context, SmdSettings settings, PassPlan plan, PassOutcome outcome, ICredentialProvider credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outcome);
        var exit = await SmdRegistration.AfterCollectAsync(
            context, settings, plan.StateDirectory, outcome.Results, credentials, plan.Credentials.Username, ExitCodes.Ok, cancellationToken);
        return exit == ExitCodes.Ok;
    }
}
