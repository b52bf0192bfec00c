using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Discovery.Locate.Snmp;

/// <summary>
/// usmAesCfb128Protocol (RFC 3826): AES-128 in CFB mode with a 128-bit segment. The key is the first 16 bytes of
/// the localised privacy key; the IV is engineBoots, engineTime (4 bytes each, big-endian) and the 8-byte salt
/// sent as msgPrivacyParameters. CFB needs no padding, so the last block may be short.
/// </summary>
internal static class UsmAesPrivacy
{
    /// <summary>The AES key length.</summary>
    public const int KeyLength = 16;

    /// <summary>The salt length (msgPrivacyParameters).</summary>
    public const int SaltLength = 8;

    /// <summary>The IV of RFC 3826 section 3.1.2.1.</summary>
    public static byte[] InitializationVector(int engineBoots, int engineTime, ReadOnlySpan<byte> salt)
    {
        if (salt.Length != SaltLength)
        {
            throw new SnmpException(SnmpErrorKind.DecryptionFailed, $"privacy parameters of {salt.Length} bytes, expected {SaltLength}");
        }

        var iv = new byte[16];
        BinaryPrimitives.WriteInt32BigEndian(iv, engineBoots);
        BinaryPrimitives.WriteInt32BigEndian(iv.AsSpan(4), engineTime);
        salt.CopyTo(iv.AsSpan(8));
        return iv;
    }

    /// <summary>Encrypts <paramref name="data"/>.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> data) => Transform(key, iv, data, encrypt: true);

    /// <summary>Decrypts <paramref name="data"/>.</summary>
    public static byte[] Decrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> data) => Transform(key, iv, data, encrypt: false);

    // CFB-128 by hand over single-block ECB: the framework's CFB refuses a final partial block without padding.
    private static byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> data, bool encrypt)
    {
        using var aes = Aes.Create();
        aes.Key = key[..KeyLength].ToArray();
        var output = new byte[data.Length];
        Span<byte> register = stackalloc byte[16];
        Span<byte> stream = stackalloc byte[16];
        iv.CopyTo(register);
        for (var at = 0; at < data.Length; at += 16)
        {
            aes.EncryptEcb(register, stream, PaddingMode.None);
            var count = Math.Min(16, data.Length - at);
            for (var i = 0; i < count; i++)
            {
                output[at + i] = (byte)(data[at + i] ^ stream[i]);
            }

            // The next register is this block's ciphertext.
            (encrypt ? output.AsSpan(at, count) : data.Slice(at, count)).CopyTo(register);
        }

        return output;
    }
}
