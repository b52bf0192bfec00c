using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Credentials;
using Discovery.Text;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover secrets init|set|list|remove</c>: manage the encrypted store of BMC credentials (per BMC address,
/// or <c>default</c> for every BMC without its own entry). Passwords are read from standard input or a no-echo
/// prompt, and no subcommand ever prints one.
/// </summary>
internal static class SecretsCommand
{
    private static readonly TableColumn<SecretsStoreEntry>[] Columns =
    [
        new("Key", e => e.Key),
        new("Username", e => e.Username),
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var options = new SecretsCommandOptions(context);
        var command = new Command("secrets", "Manage the encrypted store of BMC credentials (AES-256-GCM)")
        {
            options.StoreFile,
            options.KeyFile,
            CreateInit(context, options),
            CreateSet(context, options),
            CreateList(context, common, options),
            CreateRemove(context, options),
        };
        return command;
    }

    private static Command CreateInit(CliContext context, SecretsCommandOptions options)
    {
        var command = new Command("init", "Create the store's key file (mode 0600) if it does not exist");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var message = await SecretsKeySource.InitAsync(context.GetEnvironmentVariable, parseResult.GetRequiredValue(options.KeyFile), cancellationToken);
            await context.Error.WriteLineAsync(message.AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateSet(CliContext context, SecretsCommandOptions options)
    {
        var key = new Argument<string>("key") { Description = "BMC address (IP or host name), or 'default' for every other BMC" };
        var username = new Option<string>("--username", "-u")
        {
            Description = "The BMC account name",
            HelpName = "NAME",
            DefaultValueFactory = _ => CredentialRequest.DefaultUsername,
        };
        var command = new Command("set", "Store the credential for one BMC; the password is read from stdin or a no-echo prompt")
        {
            key,
            username,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var entryKey = NormalizeKey(parseResult.GetRequiredValue(key));
            var user = parseResult.GetRequiredValue(username);
            if (string.IsNullOrWhiteSpace(user))
            {
                throw new CliUsageException("--username must not be empty");
            }

            var password = await SecretsPasswordReader.ReadAsync(context, entryKey, cancellationToken);
            var store = new SecretsStore(parseResult.GetRequiredValue(options.StoreFile));
            await SecretsKeySource.StoreAsync(context.GetEnvironmentVariable, parseResult.GetRequiredValue(options.KeyFile), store, entryKey, new BmcCredential(user, password), cancellationToken);
            await context.Error.WriteLineAsync($"stored {user}@{entryKey} in {store.Path}".AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateList(CliContext context, CommonOptions common, SecretsCommandOptions options)
    {
        var command = new Command("list", "List the stored keys and user names (never passwords)");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var entries = await new SecretsStore(parseResult.GetRequiredValue(options.StoreFile)).ListAsync(cancellationToken);
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            await renderer.WriteListAsync(entries, CliJsonContext.Default.SecretsStoreEntry, Columns, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateRemove(CliContext context, SecretsCommandOptions options)
    {
        var key = new Argument<string>("key") { Description = "BMC address or 'default'" };
        var command = new Command("remove", "Remove the stored credential of one BMC") { key };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var entryKey = NormalizeKey(parseResult.GetRequiredValue(key));
            var store = new SecretsStore(parseResult.GetRequiredValue(options.StoreFile));
            if (!await store.RemoveAsync(entryKey, cancellationToken))
            {
                throw new CliUsageException($"no entry for {entryKey} in {store.Path}");
            }

            await context.Error.WriteLineAsync($"removed {entryKey} from {store.Path}".AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string NormalizeKey(string key)
    {
        try
        {
            return SecretsStore.NormalizeKey(key);
        }
        catch (ArgumentException)
        {
            throw new CliUsageException($"{QuotedValue.Of(key)} is not a BMC address or 'default'");
        }
    }
}
