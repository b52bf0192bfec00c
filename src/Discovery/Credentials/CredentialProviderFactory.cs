using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Credentials;

/// <summary>Builds the <see cref="CredentialProvider"/> for one run from its <see cref="CredentialRequest"/>.</summary>
internal static partial class CredentialProviderFactory
{
    /// <inheritdoc cref="CreateAsync(CredentialRequest, CredentialEnvironment, ILogger{CredentialProvider}?, CancellationToken)"/>
    public static Task<CredentialProvider> CreateAsync(
        CredentialRequest request, CredentialEnvironment environment, CancellationToken cancellationToken) =>
        CreateAsync(request, environment, null, cancellationToken);

    /// <summary>
    /// Reads the run-wide password (<see cref="PasswordResolver"/>) and, when the store file exists and a key is
    /// available, decrypts the secrets store. A store without a key is skipped with a warning.
    /// </summary>
    /// <exception cref="CredentialException">A password source is unusable, or the store cannot be decrypted
    /// (wrong key, tampered entry).</exception>
    /// <param name="request">The credential options of the run.</param>
    /// <param name="environment">Where environment variables and standard input are read.</param>
    /// <param name="logger">Told where the passwords come from (and, through the provider, which one each BMC gets); none when null.</param>
    /// <param name="cancellationToken">Cancels reading files and standard input.</param>
    public static async Task<CredentialProvider> CreateAsync(
        CredentialRequest request, CredentialEnvironment environment, ILogger<CredentialProvider>? logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(environment);
        logger ??= NullLogger<CredentialProvider>.Instance;
        var warnings = new List<string>();
        var password = await PasswordResolver.ResolveAsync(
            request.PasswordFile, request.PasswordStdin, environment.GetVariable, environment.Stdin, cancellationToken);
        if (password?.Warning is { } warning)
        {
            warnings.Add(warning);
        }

        BmcCredential? global = null;
        if (password is not null)
        {
            global = new BmcCredential(request.Username ?? CredentialRequest.DefaultUsername, password.Password);
            Log.RunWidePassword(logger, Log.Origin(password, request.PasswordFile), global.Username);
        }

        IReadOnlyDictionary<string, BmcCredential> stored = new Dictionary<string, BmcCredential>();
        if (!request.UseSecretsStore)
        {
            Log.SecretsStoreNotUsed(logger, request.SecretsStorePath, "turned off for this run");
        }
        else
        {
            var store = new SecretsStore(request.SecretsStorePath ?? CredentialPaths.DefaultStorePath(environment.GetVariable));
            if (!store.Exists || (await store.ListAsync(cancellationToken)).Count == 0)
            {
                Log.SecretsStoreNotUsed(logger, store.Path, store.Exists ? "it has no entries" : "no such file");
            }
            else
            {
                var keyFile = request.SecretsKeyFile ?? CredentialPaths.DefaultKeyPath(environment.GetVariable);
                using var key = await SecretsKey.LoadAsync(environment.GetVariable, keyFile, create: false, cancellationToken);
                if (key is null)
                {
                    warnings.Add($"secrets store {store.Path} ignored: no key ({SecretsKey.EnvironmentVariable} unset and no {keyFile})");
                }
                else
                {
                    stored = await store.ReadAllAsync(key, cancellationToken);
                    Log.SecretsStoreRead(logger, store.Path, stored.Count);
                }
            }
        }

        foreach (var caution in warnings)
        {
            Log.CredentialWarning(logger, caution);
        }

        return new CredentialProvider(stored, global, warnings, password?.Source, logger);
    }
}
