namespace Discovery.Credentials;

/// <summary>Builds the <see cref="CredentialProvider"/> for one run from its <see cref="CredentialRequest"/>.</summary>
internal static class CredentialProviderFactory
{
    /// <summary>
    /// Reads the run-wide password (<see cref="PasswordResolver"/>) and, when the store file exists and a key is
    /// available, decrypts the secrets store. A store without a key is skipped with a warning.
    /// </summary>
    /// <exception cref="CredentialException">A password source is unusable, or the store cannot be decrypted
    /// (wrong key, tampered entry).</exception>
    public static async Task<CredentialProvider> CreateAsync(
        CredentialRequest request, CredentialEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(environment);
        var warnings = new List<string>();
        var password = await PasswordResolver.ResolveAsync(
            request.PasswordFile, request.PasswordStdin, environment.GetVariable, environment.Stdin, cancellationToken);
        if (password?.Warning is { } warning)
        {
            warnings.Add(warning);
        }

        var global = password is null
            ? null
            : new BmcCredential(request.Username ?? CredentialRequest.DefaultUsername, password.Password);

        IReadOnlyDictionary<string, BmcCredential> stored = new Dictionary<string, BmcCredential>();
        if (request.UseSecretsStore)
        {
            var store = new SecretsStore(request.SecretsStorePath ?? CredentialPaths.DefaultStorePath(environment.GetVariable));
            if (store.Exists && (await store.ListAsync(cancellationToken)).Count > 0)
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
                }
            }
        }

        return new CredentialProvider(stored, global, warnings);
    }
}
