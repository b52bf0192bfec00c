using System.Net;
using System.Net.Sockets;

namespace Discovery.Records.Network;

/// <summary>
/// Cleans IP addresses as BMCs report them: drops placeholders (<c>N/A</c>, <c>0.0.0.0</c>, <c>::</c>,
/// empty), strips prefix lengths (<c>fe80::1/64</c> as the iLO 5 mockup writes it) and returns the
/// canonical text form, or null.
/// </summary>
internal static class IpAddressNormalizer
{
    /// <summary>The canonical IPv4 text of <paramref name="value"/>, or null when it is not a usable IPv4 address.</summary>
    public static string? NormalizeIpv4(string? value) => Normalize(value, AddressFamily.InterNetwork);

    /// <summary>The canonical (lower-case, compressed) IPv6 text of <paramref name="value"/>, or null when unusable.</summary>
    public static string? NormalizeIpv6(string? value) => Normalize(value, AddressFamily.InterNetworkV6);

    private static string? Normalize(string? value, AddressFamily family)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            text = text[..slash];
        }

        if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != family)
        {
            return null;
        }

        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return null;
        }

        // IPAddress.TryParse accepts "1" as 0.0.0.1; a BMC never means that, so insist on the dotted form.
        if (family == AddressFamily.InterNetwork && text.Split('.').Length != 4)
        {
            return null;
        }

        return address.ToString();
    }
}
