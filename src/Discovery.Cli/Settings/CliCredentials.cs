using Discovery.Credentials;
using Microsoft.Extensions.Logging;

namespace Discovery.Cli.Settings;

/// <summary>
/// Builds the credential provider of the commands that log in to BMCs from the settings' <see cref="CredentialRequest"/>,
/// with this process's environment and standard input. There is deliberately no <c>--password</c>: arguments show
/// in <c>ps</c> and shell history.
/// </summary>
internal static class CliCredentials
{
    /// <summary>
    /// The provider, its warnings printed to standard error; an unusable source (unreadable password file, wrong
    /// store key) is bad input before any BMC is contacted (<see cref="CredentialProviderFactory.CreateForJobAsync"/>).
    /// </summary>
    public static async Task<CredentialProvider> CreateProviderAsync(
        CliContext context, CredentialRequest request, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var provider = await CredentialProviderFactory.CreateForJobAsync(
            request, new CredentialEnvironment { GetVariable = context.GetEnvironmentVariable, Stdin = context.Input }, loggers.CreateLogger<CredentialProvider>(), cancellationToken);

        foreach (var warning in provider.Warnings)
        {
            await context.Error.WriteLineAsync($"discover: warning: {warning}".AsMemory(), cancellationToken);
        }

        return provider;
    }
}
