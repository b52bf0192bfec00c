using Discovery.Credentials;

namespace Discovery.IntegrationTests.Collect;

/// <summary>Gives every BMC the same credential (the simulator's account unless told otherwise).</summary>
internal sealed class FixedCredentialProvider(string username = "admin", string password = "password") : ICredentialProvider
{
    public ValueTask<BmcCredential?> GetCredentialAsync(string bmcAddress, CancellationToken cancellationToken) =>
        ValueTask.FromResult<BmcCredential?>(new BmcCredential(username, password));
}
