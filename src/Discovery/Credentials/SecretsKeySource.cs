namespace Discovery.Credentials;

/// <summary>Where the secrets store's key comes from, for <c>discover secrets</c>: <c>$DISCOVER_SECRETS_KEY</c>, else the key file.</summary>
internal static class SecretsKeySource
{
    /// <summary>Names the key's source for messages, never the key.</summary>
    public static string SourceOf(Func<string, string?> getEnvironmentVariable, string keyFile)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        return string.IsNullOrEmpty(getEnvironmentVariable(SecretsKey.EnvironmentVariable)) ? keyFile : SecretsKey.EnvironmentVariable;
    }

    /// <summary>Stores <paramref name="credential"/> under <paramref name="entryKey"/> in <paramref name="store"/>, sealed with the key (its file created if missing).</summary>
    public static async Task StoreAsync(
        Func<string, string?> getEnvironmentVariable, string keyFile, SecretsStore store, string entryKey, BmcCredential credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var key = await SecretsKey.LoadAsync(getEnvironmentVariable, keyFile, create: true, cancellationToken);
        await store.SetAsync(entryKey, credential, key!, cancellationToken);
    }

    /// <summary>
    /// Creates the key file (mode 0600) unless it exists or the environment gives the key, and says which:
    /// <c>created key file F (key id K)</c> or <c>using the existing key from SOURCE (key id K)</c>.
    /// </summary>
    public static async Task<string> InitAsync(Func<string, string?> getEnvironmentVariable, string keyFile, CancellationToken cancellationToken)
    {
        var existed = File.Exists(keyFile);
        using var key = await SecretsKey.LoadAsync(getEnvironmentVariable, keyFile, create: true, cancellationToken);
        var source = SourceOf(getEnvironmentVariable, keyFile);
        var message = source == keyFile && !existed ? $"created key file {keyFile}" : $"using the existing key from {source}";
        return $"{message} (key id {key!.KeyId})";
    }
}
