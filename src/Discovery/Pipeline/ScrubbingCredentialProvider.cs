using Discovery.Credentials;

namespace Discovery.Pipeline;

/// <summary>
/// Hands out the inner provider's credentials and reports each password to the crawl log first, so per-BMC
/// passwords from the secrets store are scrubbed as well as a single global one.
/// </summary>
internal sealed class ScrubbingCredentialProvider(ICredentialProvider inner, Action<string> registerSecret) : ICredentialProvider
{
    public async ValueTask<BmcCredential?> GetCredentialAsync(string bmcAddress, CancellationToken cancellationToken)
    {
        var credential = await inner.GetCredentialAsync(bmcAddress, cancellationToken);
        if (credential is not null)
        {
            registerSecret(credential.Password);
        }

        return credential;
    }
}
