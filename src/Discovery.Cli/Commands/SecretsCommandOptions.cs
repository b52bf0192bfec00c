using System.CommandLine;
using Discovery.Credentials;

namespace Discovery.Cli.Commands;

/// <summary>Where <c>discover secrets</c> finds the store and its key; declared once, recursive over the subcommands.</summary>
internal sealed class SecretsCommandOptions
{
    public SecretsCommandOptions(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        StoreFile = new Option<string>("--secrets-file")
        {
            Description = "The encrypted secrets store (default $XDG_CONFIG_HOME/discover/secrets.json or ~/.config/discover/secrets.json)",
            HelpName = "FILE",
            Recursive = true,
            DefaultValueFactory = _ => CredentialPaths.DefaultStorePath(context.GetEnvironmentVariable),
        };
        KeyFile = new Option<string>("--secrets-key-file")
        {
            Description = $"The store's key file, created (mode 0600) when missing; {SecretsKey.EnvironmentVariable} (base64) wins when set " +
                "(default ~/.config/discover/secrets.key)",
            HelpName = "FILE",
            Recursive = true,
            DefaultValueFactory = _ => CredentialPaths.DefaultKeyPath(context.GetEnvironmentVariable),
        };
    }

    /// <summary><c>--secrets-file</c>.</summary>
    public Option<string> StoreFile { get; }

    /// <summary><c>--secrets-key-file</c>.</summary>
    public Option<string> KeyFile { get; }
}
