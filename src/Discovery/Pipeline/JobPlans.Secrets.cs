using Discovery.Configuration;
using Discovery.Credentials;

namespace Discovery.Pipeline;

internal static partial class JobPlans
{
    /// <summary>
    /// The secrets store alone, for jobs that log in to no BMC but may read <c>secret:</c> references (a switch's SNMP
    /// community in the location map); no BMC password is read.
    /// </summary>
    public static CredentialRequest SecretsOnly(EffectiveSettings settings, string? home)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CredentialRequest
        {
            SecretsStorePath = settings.Path(SettingKeys.SecretsStoreFile, home),
            SecretsKeyFile = settings.Path(SettingKeys.SecretsKeyFile, home),
            UseSecretsStore = settings.Bool(SettingKeys.SecretsStoreEnabled),
        };
    }
}
