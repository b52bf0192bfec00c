using System.Security.Cryptography;
using System.Text;

namespace Discovery.MockBmc.Mockups;

/// <summary>Derives an instance's served identity values from (seed, index, original), keeping the original's spelling style.</summary>
internal static class IdentityGenerator
{
    /// <summary>
    /// A locally administered unicast MAC DA:SS:II:II:OO:OO (seed, instance index, ordinal of the MAC in its mockup):
    /// unique across a fleet of up to 65,536 instances, unlike a hash, so inventories never see false duplicates.
    /// Separator and letter case follow the original (Intel writes <c>a4-bf-01-28-90-aa</c>, iLO upper case).
    /// </summary>
    public static string Mac(string original, int ordinal, int seed, int index)
    {
        ReadOnlySpan<byte> bytes = [0xDA, (byte)seed, (byte)(index >> 8), (byte)index, (byte)(ordinal >> 8), (byte)ordinal];
        var separator = original.Contains('-', StringComparison.Ordinal) ? "-" : ":";
        var upper = original.Any(char.IsAsciiLetterUpper);
        var parts = new string[6];
        for (var i = 0; i < 6; i++)
        {
            parts[i] = bytes[i].ToString(upper ? "X2" : "x2", System.Globalization.CultureInfo.InvariantCulture);
        }

        return string.Join(separator, parts);
    }

    /// <summary>A UUID hashed from (seed, index, original), in the original's letter case.</summary>
    public static string Uuid(string original, int seed, int index)
    {
        var hash = Hash("uuid", original.ToLowerInvariant(), seed, index);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var text = new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
        return original.Any(char.IsAsciiLetterUpper) ? text.ToUpperInvariant() : text;
    }

    /// <summary>
    /// The original with each character replaced by one of its class, hashed from (seed, index, original): a digit by
    /// a digit, a hex letter (A-F, a-f) by a hex letter of the same case, any other letter by a letter of the same case;
    /// everything else stays. Length, separators and every format a schema could check keep holding (a certificate's
    /// colon-hex <c>SerialNumber</c> stays colon-hex, an all-caps serial stays all-caps).
    /// </summary>
    public static string Serial(string original, int seed, int index)
    {
        var hash = Hash("serial", original, seed, index);
        var chars = original.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var h = hash[i % hash.Length] + (i / hash.Length);
            chars[i] = chars[i] switch
            {
                >= '0' and <= '9' => (char)('0' + (h % 10)),
                >= 'A' and <= 'F' => (char)('A' + (h % 6)),
                >= 'a' and <= 'f' => (char)('a' + (h % 6)),
                >= 'A' and <= 'Z' => (char)('A' + (h % 26)),
                >= 'a' and <= 'z' => (char)('a' + (h % 26)),
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    private static byte[] Hash(string kind, string original, int seed, int index) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}|{seed}|{index}|{original}"));
}
