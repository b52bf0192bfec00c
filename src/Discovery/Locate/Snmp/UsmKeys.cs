using System.Security.Cryptography;

namespace Discovery.Locate.Snmp;

/// <summary>
/// USM key handling (RFC 3414 section 2.6 and A.2, RFC 7860 section 4.2.1): a password becomes a key by hashing
/// one megabyte of it repeated; that key is localised to one agent by hashing it around the agent's engine ID.
/// </summary>
internal static class UsmKeys
{
    private const int PasswordStretch = 1_048_576;

    /// <summary>The key Ku of <paramref name="password"/> (RFC 3414 A.2.1/A.2.2, the same stretch under SHA-256).</summary>
    /// <exception cref="ArgumentException">The password is empty (the RFC needs at least one byte; net-snmp asks for eight).</exception>
    public static byte[] PasswordToKey(UsmAuthProtocol protocol, ReadOnlySpan<byte> password)
    {
        if (password.IsEmpty)
        {
            throw new ArgumentException("an SNMPv3 password must not be empty", nameof(password));
        }

        using var hash = IncrementalHash.CreateHash(HashName(protocol));
        Span<byte> block = stackalloc byte[64];
        var index = 0;
        for (var done = 0; done < PasswordStretch; done += block.Length)
        {
            for (var i = 0; i < block.Length; i++)
            {
                block[i] = password[index++ % password.Length];
            }

            index %= password.Length;
            hash.AppendData(block);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The localised key Kul = H(Ku || engineID || Ku).</summary>
    public static byte[] Localize(UsmAuthProtocol protocol, ReadOnlySpan<byte> key, ReadOnlySpan<byte> engineId)
    {
        using var hash = IncrementalHash.CreateHash(HashName(protocol));
        hash.AppendData(key);
        hash.AppendData(engineId);
        hash.AppendData(key);
        return hash.GetHashAndReset();
    }

    /// <summary>The length of <paramref name="protocol"/>'s msgAuthenticationParameters (12 or 24 bytes).</summary>
    public static int DigestLength(UsmAuthProtocol protocol) => protocol == UsmAuthProtocol.HmacSha96 ? 12 : 24;

    /// <summary>The truncated HMAC of <paramref name="message"/> under the localised <paramref name="key"/>.</summary>
    public static byte[] Digest(UsmAuthProtocol protocol, ReadOnlySpan<byte> key, ReadOnlySpan<byte> message)
    {
        var full = protocol == UsmAuthProtocol.HmacSha96 ? HMACSHA1.HashData(key, message) : HMACSHA256.HashData(key, message);
        return full[..DigestLength(protocol)];
    }

    private static HashAlgorithmName HashName(UsmAuthProtocol protocol) =>
        protocol == UsmAuthProtocol.HmacSha96 ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256;
}
