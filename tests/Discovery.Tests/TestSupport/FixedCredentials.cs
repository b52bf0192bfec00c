using Discovery.Credentials;

namespace Discovery.Tests.TestSupport;

/// <summary>The same user and password for every BMC, for tests whose hand-written Redfish server checks nothing more.</summary>
internal sealed class FixedCredentials : ICredentialProvider
{
    public ValueTask<BmcCredential?> GetCredentialAsync(string bmcAddress, CancellationToken cancellationToken) =>
        ValueTask.FromResult<BmcCredential?>(new BmcCredential("admin", "password"));
}
