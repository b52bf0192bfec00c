using System.CommandLine;
using Discovery.Credentials;

namespace Discovery.Cli.Commands;

/// <summary>
/// The credential options of commands that log in to BMCs (<c>collect</c>, <c>crawl</c>): add <see cref="All"/>
/// to the command, then call <see cref="CreateProviderAsync(CliContext, ParseResult, CancellationToken)"/>. There is deliberately no <c>--password</c>:
/// arguments show in <c>ps</c> and shell history.
/// </summary>
internal sealed class SecretsCredentialOptions
{
    public SecretsCredentialOptions(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var storeOptions = new SecretsCommandOptions(context);
        SecretsFile = storeOptions.StoreFile;
        SecretsKeyFile = storeOptions.KeyFile;
        SecretsFile.Recursive = false;
        SecretsKeyFile.Recursive = false;
    }

    public Option<string> Username { get; } = new("--username", "-u")
    {
        Description = $"BMC account for BMCs without a stored entry (default {CredentialRequest.DefaultUsername})",
        HelpName = "NAME",
    };

    public Option<string> PasswordFile { get; } = new("--password-file")
    {
        Description = $"Read the password from the first line of FILE (else {PasswordResolver.EnvironmentVariable}, --password-stdin, or the secrets store)",
        HelpName = "FILE",
    };

    public Option<bool> PasswordStdin { get; } = new("--password-stdin") { Description = "Read the password from the first line of standard input" };

    public Option<bool> NoSecretsStore { get; } = new("--no-secrets-store") { Description = "Ignore the encrypted secrets store" };

    public Option<string> SecretsFile { get; }

    public Option<string> SecretsKeyFile { get; }

    /// <summary>Every option, to add to a command.</summary>
    public IEnumerable<Option> All => [Username, PasswordFile, PasswordStdin, NoSecretsStore, SecretsFile, SecretsKeyFile];

    public CredentialRequest ToRequest(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new CredentialRequest
        {
            Username = parseResult.GetValue(Username),
            PasswordFile = parseResult.GetValue(PasswordFile),
            PasswordStdin = parseResult.GetValue(PasswordStdin),
            SecretsStorePath = parseResult.GetValue(SecretsFile),
            SecretsKeyFile = parseResult.GetValue(SecretsKeyFile),
            UseSecretsStore = !parseResult.GetValue(NoSecretsStore),
        };
    }

    /// <summary>
    /// Builds the provider, printing its warnings to standard error; an unusable source (unreadable password
    /// file, wrong store key) becomes a <see cref="CliUsageException"/> before any BMC is contacted.
    /// </summary>
    public Task<CredentialProvider> CreateProviderAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken) =>
        CreateProviderAsync(context, ToRequest(parseResult), cancellationToken);

    /// <summary>The same for a request built elsewhere (<c>discover run</c> builds it from its settings).</summary>
    public static async Task<CredentialProvider> CreateProviderAsync(CliContext context, CredentialRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        CredentialProvider provider;
        try
        {
            provider = await CredentialProviderFactory.CreateAsync(
                request,
                new CredentialEnvironment { GetVariable = context.GetEnvironmentVariable, Stdin = context.Input },
                cancellationToken);
        }
        catch (CredentialException ex)
        {
            throw new CliUsageException(ex.Message, ex);
        }

        foreach (var warning in provider.Warnings)
        {
            await context.Error.WriteLineAsync($"discover: warning: {warning}".AsMemory(), cancellationToken);
        }

        return provider;
    }
}
