using Discovery.Pipeline;
using Microsoft.Extensions.Logging;

namespace Discovery.Credentials;

internal static partial class CredentialProviderFactory
{
    /// <summary>
    /// The provider of a job that logs in to BMCs (<see cref="CreateAsync(CredentialRequest, CredentialEnvironment, ILogger{CredentialProvider}?, CancellationToken)"/>):
    /// an unusable source (unreadable password file, wrong store key) is bad input, said before any BMC is contacted.
    /// </summary>
    /// <exception cref="PipelineInputException">The source named by the request cannot be used; the message names it, never a secret.</exception>
    public static async Task<CredentialProvider> CreateForJobAsync(
        CredentialRequest request, CredentialEnvironment environment, ILogger<CredentialProvider>? logger, CancellationToken cancellationToken)
    {
        try
        {
            return await CreateAsync(request, environment, logger, cancellationToken);
        }
        catch (CredentialException ex)
        {
            throw new PipelineInputException(ex.Message, ex);
        }
    }
}
