using System.Security.Cryptography;
using System.Text;

namespace Discovery.Credentials;

/// <summary>
/// The 256-bit AES key of the secrets store, from <c>DISCOVER_SECRETS_KEY</c> (base64) or a key file holding
/// the same base64 text. Dispose to wipe it from memory.
/// </summary>
internal sealed class SecretsKey : IDisposable
{
    /// <summary>The environment variable that carries the key as base64.</summary>
    public const string EnvironmentVariable = "DISCOVER_SECRETS_KEY";

    /// <summary>The key length in bytes (AES-256).</summary>
    public const int Length = 32;

    private static readonly byte[] KeyIdLabel = Encoding.UTF8.GetBytes("discover secrets key id v1");
    private readonly byte[] _key;

    private SecretsKey(byte[] key)
    {
        _key = key;
        KeyId = Convert.ToBase64String(HMACSHA256.HashData(key, KeyIdLabel).AsSpan(0, 12));
    }

    /// <summary>
    /// A fingerprint of the key (HMAC of a fixed label, so it reveals nothing about the key), stored in the
    /// file so a wrong key is told apart from a tampered entry.
    /// </summary>
    public string KeyId { get; }

    internal ReadOnlySpan<byte> Bytes => _key;

    /// <summary>A fresh random key.</summary>
    public static SecretsKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>Parses base64 <paramref name="text"/> naming <paramref name="origin"/> in errors (never the text itself).</summary>
    public static SecretsKey FromBase64(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(origin);
        var buffer = new byte[Length + 3];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written) || written != Length)
        {
            CryptographicOperations.ZeroMemory(buffer);
            throw new CredentialException($"{origin} is not a {Length}-byte key in base64 (make one with 'discover secrets init')");
        }

        var key = buffer.AsSpan(0, Length).ToArray();
        CryptographicOperations.ZeroMemory(buffer);
        return new SecretsKey(key);
    }

    /// <summary>
    /// The key from <c>DISCOVER_SECRETS_KEY</c> when set, else from <paramref name="keyFile"/>; with
    /// <paramref name="create"/> a missing key file is created (mode 0600) with a new key. Null when there is
    /// no key and <paramref name="create"/> is false.
    /// </summary>
    public static async Task<SecretsKey?> LoadAsync(
        Func<string, string?> getEnvironmentVariable, string keyFile, bool create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        ArgumentNullException.ThrowIfNull(keyFile);
        if (getEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return FromBase64(fromEnvironment, EnvironmentVariable);
        }

        if (!File.Exists(keyFile))
        {
            if (!create)
            {
                return null;
            }

            var key = Generate();
            if (await PrivateFile.TryCreateAsync(keyFile, Encoding.ASCII.GetBytes(key.ToBase64() + "\n"), cancellationToken))
            {
                return key;
            }

            // Another process created it first: use theirs so both write with the same key.
            key.Dispose();
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(keyFile, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CredentialException($"cannot read the secrets key file {keyFile}: {ex.Message}", ex);
        }

        return FromBase64(text, $"key file {keyFile}");
    }

    /// <summary>The key as base64, for writing a key file or exporting <c>DISCOVER_SECRETS_KEY</c>.</summary>
    public string ToBase64() => Convert.ToBase64String(_key);

    /// <summary>Wipes the key bytes.</summary>
    public void Dispose() => CryptographicOperations.ZeroMemory(_key);

    /// <summary>Shows the key id only.</summary>
    public override string ToString() => $"SecretsKey {KeyId}";
}
