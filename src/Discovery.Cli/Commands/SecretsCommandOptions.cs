using System.CommandLine;
using Discovery.Cli.Settings;
using Discovery.Configuration;
using Discovery.Credentials;

namespace Discovery.Cli.Commands;

/// <summary>
/// Where <c>discover secrets</c> finds the store and its key: the settings' own options (help from the table),
/// recursive over the subcommands, defaulting to the XDG config folder.
/// </summary>
internal sealed class SecretsCommandOptions(CliContext context)
{
    /// <summary><c>--secrets-file</c>.</summary>
    public Option<string> StoreFile { get; } = SettingOption.Recursive(SettingKeys.SecretsStoreFile, () => CredentialPaths.DefaultStorePath(context.GetEnvironmentVariable));

    /// <summary><c>--secrets-key-file</c> (created, mode 0600, when missing; <c>DISCOVER_SECRETS_KEY</c> wins when set).</summary>
    public Option<string> KeyFile { get; } = SettingOption.Recursive(SettingKeys.SecretsKeyFile, () => CredentialPaths.DefaultKeyPath(context.GetEnvironmentVariable));
}
