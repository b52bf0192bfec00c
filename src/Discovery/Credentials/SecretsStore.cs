using Discovery.Text;

namespace Discovery.Credentials;

/// <summary>
/// The encrypted secrets store: a JSON file (mode 0600) of per-BMC and <c>default</c> entries, each password
/// sealed with AES-256-GCM under a <see cref="SecretsKey"/>. Listing and removing need no key; reading
/// passwords and adding entries do. Every write replaces the file atomically.
/// </summary>
/// <remarks>
/// Throws <see cref="CredentialException"/> for a wrong key ("cannot decrypt secrets store: wrong key?"), a
/// tampered or swapped entry, or a damaged file; messages never include a password or ciphertext.
/// Concurrent writers from two processes are not coordinated: the last rename wins.
/// </remarks>
internal sealed class SecretsStore
{
    /// <summary>The entry key that applies to every BMC without an entry of its own.</summary>
    public const string DefaultKey = "default";

    /// <summary>Opens (without reading) the store at <paramref name="path"/>; the file need not exist yet.</summary>
    public SecretsStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
    }

    /// <summary>The store's file path.</summary>
    public string Path { get; }

    /// <summary>True when the store file exists.</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>The canonical entry key: <c>default</c>, canonical IP text, or a lower-case host name.</summary>
    public static string NormalizeKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var trimmed = key.Trim();
        if (trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '/'))
        {
            throw new ArgumentException($"{QuotedValue.Of(trimmed)} is not a BMC address or '{DefaultKey}'", nameof(key));
        }

        return Records.Xnames.IdMap.NormalizeIp(trimmed) ?? trimmed.ToLowerInvariant();
    }

    /// <summary>Every entry's key and user name, sorted by key; empty when the file does not exist.</summary>
    public async Task<IReadOnlyList<SecretsStoreEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var file = await ReadAsync(cancellationToken);
        return [.. file.Entries.Select(e => new SecretsStoreEntry(e.Key, e.Username)).OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    /// <summary>Adds or replaces the entry for <paramref name="key"/>, creating the file if needed.</summary>
    public async Task SetAsync(string key, BmcCredential credential, SecretsKey secretsKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(secretsKey);
        ArgumentException.ThrowIfNullOrEmpty(credential.Username);
        var entryKey = NormalizeKey(key);
        var file = await ReadAsync(cancellationToken);
        EnsureSameKey(file, secretsKey);
        var sealedSecret = SecretsCipher.Seal(secretsKey, entryKey, credential.Username, credential.Password);
        var entries = file.Entries.Where(e => !string.Equals(e.Key, entryKey, StringComparison.Ordinal)).Append(sealedSecret);
        await WriteAsync(new SecretsFile { KeyId = secretsKey.KeyId, Entries = [.. entries] }, cancellationToken);
    }

    /// <summary>Removes the entry for <paramref name="key"/>; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var entryKey = NormalizeKey(key);
        var file = await ReadAsync(cancellationToken);
        var kept = file.Entries.Where(e => !string.Equals(e.Key, entryKey, StringComparison.Ordinal)).ToList();
        if (kept.Count == file.Entries.Count)
        {
            return false;
        }

        await WriteAsync(file with { Entries = kept }, cancellationToken);
        return true;
    }

    /// <summary>Decrypts every entry, keyed by canonical entry key; empty when the file does not exist.</summary>
    public async Task<IReadOnlyDictionary<string, BmcCredential>> ReadAllAsync(SecretsKey secretsKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secretsKey);
        var file = await ReadAsync(cancellationToken);
        EnsureSameKey(file, secretsKey);
        var result = new Dictionary<string, BmcCredential>(StringComparer.Ordinal);
        foreach (var entry in file.Entries)
        {
            var password = SecretsCipher.Open(secretsKey, entry)
                ?? throw new CredentialException(
                    $"cannot decrypt secrets store entry '{entry.Key}' in {Path}: it was modified or moved from another entry; " +
                    $"set it again with 'discover secrets set {entry.Key}'");
            result[entry.Key] = new BmcCredential(entry.Username, password);
        }

        return result;
    }

    private void EnsureSameKey(SecretsFile file, SecretsKey secretsKey)
    {
        if (file.Entries.Count > 0 && !string.Equals(file.KeyId, secretsKey.KeyId, StringComparison.Ordinal))
        {
            throw new CredentialException(
                $"cannot decrypt secrets store: wrong key? ({Path} was written with another key; check {SecretsKey.EnvironmentVariable} or --secrets-key-file)");
        }
    }

    private async Task<SecretsFile> ReadAsync(CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(Path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return new SecretsFile();
        }
        catch (DirectoryNotFoundException)
        {
            return new SecretsFile();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CredentialException($"cannot read secrets store {Path}: {ex.Message}", ex);
        }

        return SecretsFile.Parse(bytes, Path);
    }

    private async Task WriteAsync(SecretsFile file, CancellationToken cancellationToken)
    {
        try
        {
            await PrivateFile.WriteAtomicAsync(Path, file.ToUtf8(), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CredentialException($"cannot write secrets store {Path}: {ex.Message}", ex);
        }
    }
}
