namespace Discovery.Credentials;

/// <summary>
/// Event ids of the credential log messages (4000-4099). They name a credential's source (the environment, a
/// file, a secrets-store entry key), never its value. Other areas own other thousands (see
/// <c>Scanning.ScanningEventIds</c>).
/// </summary>
internal static class CredentialEventIds
{
    /// <summary>A BMC's credential came from a secrets-store entry.</summary>
    public const int FromSecretsStore = 4000;

    /// <summary>A BMC's credential is the run-wide one.</summary>
    public const int FromRunWide = 4001;

    /// <summary>No credential applies to a BMC.</summary>
    public const int NoCredential = 4002;

    /// <summary>The run-wide password was read.</summary>
    public const int RunWidePassword = 4010;

    /// <summary>The secrets store was read.</summary>
    public const int SecretsStoreRead = 4011;

    /// <summary>The secrets store was not used (absent, empty or turned off).</summary>
    public const int SecretsStoreNotUsed = 4012;

    /// <summary>Something about the credentials went wrong but the run goes on (a store without a key, a world-readable file).</summary>
    public const int CredentialWarning = 4013;
}
