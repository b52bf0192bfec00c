using System.Security.Cryptography;
using System.Text;

namespace Discovery.Credentials;

/// <summary>
/// AES-256-GCM over one password. The associated data binds the entry key and user name, so moving a
/// ciphertext to another entry (or editing its user name) fails authentication instead of yielding a
/// password for the wrong BMC.
/// </summary>
internal static class SecretsCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static SealedSecret Seal(SecretsKey key, string entryKey, string username, string password)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var plain = Encoding.UTF8.GetBytes(password);
        var output = new byte[plain.Length + TagSize];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagSize);
            aes.Encrypt(nonce, plain, output.AsSpan(0, plain.Length), output.AsSpan(plain.Length), AssociatedData(entryKey, username));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }

        return new SealedSecret { Key = entryKey, Username = username, Nonce = nonce, Ciphertext = output };
    }

    /// <summary>The password, or null when the tag does not verify (wrong key, tampering or a swapped entry).</summary>
    public static string? Open(SecretsKey key, SealedSecret secret)
    {
        if (secret.Nonce.Length != NonceSize || secret.Ciphertext.Length < TagSize)
        {
            return null;
        }

        var length = secret.Ciphertext.Length - TagSize;
        var plain = new byte[length];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagSize);
            aes.Decrypt(
                secret.Nonce,
                secret.Ciphertext.AsSpan(0, length),
                secret.Ciphertext.AsSpan(length),
                plain,
                AssociatedData(secret.Key, secret.Username));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private static byte[] AssociatedData(string entryKey, string username) =>
        Encoding.UTF8.GetBytes($"discover-secrets/v1\n{entryKey}\n{username}");
}
