namespace Discovery.Credentials;

/// <summary>Finds the credential to use for one BMC (per-BMC entry first, then a default).</summary>
internal interface ICredentialProvider
{
    /// <summary>
    /// Returns the credential for the BMC at <paramref name="bmcAddress"/> (an IP literal or host name), or
    /// null when none is configured.
    /// </summary>
    ValueTask<BmcCredential?> GetCredentialAsync(string bmcAddress, CancellationToken cancellationToken);
}
