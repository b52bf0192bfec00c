using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Discovery.MockBmc.Mockups;

/// <summary>Recognises MACs, UUIDs and serial numbers in mockup values.</summary>
internal static partial class IdentityPatterns
{
    // The iLO 5 virtual host NIC has this MAC on every iLO (MOCKUPS.md, hpe-proliant-dl325): keep it so the quirk survives.
    private const string IloVirtualNicMac = "0acafef00d04";

    private static readonly HashSet<string> SerialPlaceholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "n/a", "na", "none", "null", "unknown", "notavailable", "default", "0", "-",
    };

    /// <summary>Normal form (12 lower-case hex digits) of a MAC spelled with ':' or '-', or null.</summary>
    public static string? NormalizeMac(string value)
    {
        if (!MacRegex().IsMatch(value))
        {
            return null;
        }

        var hex = value.Replace(":", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return hex is "000000000000" or "ffffffffffff" or IloVirtualNicMac ? null : hex;
    }

    /// <summary>Normal form (lower-case "D") of a non-empty UUID, or null.</summary>
    public static string? NormalizeUuid(string value) =>
        value.Length == 36 && Guid.TryParseExact(value, "D", out var guid) && guid != Guid.Empty ? guid.ToString("D") : null;

    /// <summary>Whether a SerialNumber value is a real serial rather than a placeholder.</summary>
    public static bool IsSerial(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Contains(' ', StringComparison.Ordinal) || SerialPlaceholders.Contains(trimmed))
        {
            return false;
        }

        var alnum = trimmed.Count(char.IsAsciiLetterOrDigit);
        return alnum >= 4 && trimmed.Distinct().Count() > 1;
    }

    /// <summary>Whether a value is a usable IPv4 address of a BMC (not unset, link-local or loopback).</summary>
    public static bool IsRoutableIpv4(string? value)
    {
        if (value is null || !IPAddress.TryParse(value, out var address) || address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        return !(bytes[0] == 0 || bytes[0] == 127 || (bytes[0] == 169 && bytes[1] == 254) || value == "16.1.15.1");
    }

    [GeneratedRegex("^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}$")]
    private static partial Regex MacRegex();
}
