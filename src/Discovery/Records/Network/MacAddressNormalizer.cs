namespace Discovery.Records.Network;

/// <summary>
/// Brings a MAC address from any spelling BMCs use to the inventory's normal form: lower-case hex pairs
/// joined by colons (<c>aa:bb:cc:dd:ee:ff</c>).
/// </summary>
/// <remarks>
/// Accepted spellings: colons, dashes (Intel S2600BPB: <c>a4-bf-01-28-90-aa</c>), Cisco dots
/// (<c>aabb.ccdd.eeff</c>) and bare hex, in any case, surrounded by spaces. Placeholders map to null:
/// empty, <c>Not Available</c> and <c>N/A</c> (HPE Cray EX425 <c>HPCNet0</c>), the all-zero MAC, and the
/// broadcast MAC <c>ff:ff:ff:ff:ff:ff</c>, which no NIC can own, so a BMC reporting it reports nothing.
/// Anything else that is not 12 hex digits is not a MAC and also maps to null.
/// </remarks>
internal static class MacAddressNormalizer
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>Returns the normal form of <paramref name="value"/>, or null when it holds no usable MAC.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Span<char> hex = stackalloc char[12];
        var count = 0;
        foreach (var c in value.AsSpan().Trim())
        {
            if (c is ':' or '-' or '.')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (!HexDigits.Contains(lower, StringComparison.Ordinal) || count == 12)
            {
                return null;
            }

            hex[count++] = lower;
        }

        if (count != 12 || hex.IndexOfAnyExcept('0') < 0 || hex.IndexOfAnyExcept('f') < 0)
        {
            return null;
        }

        return string.Create(17, hex.ToString(), static (span, digits) =>
        {
            for (var i = 0; i < 6; i++)
            {
                span[i * 3] = digits[i * 2];
                span[(i * 3) + 1] = digits[(i * 2) + 1];
                if (i < 5)
                {
                    span[(i * 3) + 2] = ':';
                }
            }
        });
    }
}
