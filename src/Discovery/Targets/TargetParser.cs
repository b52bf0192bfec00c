using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Discovery.Text;

namespace Discovery.Targets;

/// <summary>
/// Parses one target written as nmap users write them: <c>10.0.0.5</c>, <c>10.0.0.0/24</c>, <c>10.0.0.1-50</c>
/// (last octet), <c>10.0.0.1-10.0.0.50</c>, an IPv6 literal (optionally in brackets, with a prefix or a
/// full-address range) or a host name. No I/O: host names are returned for the caller to resolve.
/// </summary>
internal static class TargetParser
{
    /// <summary>
    /// The most addresses one target may expand to: 2^24, a /8 in IPv4 or a /104 in IPv6. Larger ranges are
    /// almost always a typo (an IPv6 /64 has 2^64 addresses) and would never finish.
    /// </summary>
    public const ulong MaxRangeSize = 1UL << 24;

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> names the value and the problem.</summary>
    public static bool TryParse(
        string text,
        TargetSource source,
        [NotNullWhen(true)] out TargetSpec? spec,
        [NotNullWhen(false)] out TargetError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        spec = null;
        var value = text.Trim();
        var reason = Parse(value, out var range, out var hostName);
        if (reason is not null)
        {
            error = new TargetError { Value = value, Source = source, Reason = reason };
            return false;
        }

        error = null;
        spec = new TargetSpec { Text = value, Source = source, Range = range, HostName = hostName };
        return true;
    }

    private static string? Parse(string value, out AddressRange? range, out string? hostName)
    {
        range = null;
        hostName = null;
        if (value.Length == 0)
        {
            return "empty target";
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return ParseCidr(value[..slash], value[(slash + 1)..], out range);
        }

        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && (LooksNumericV4(value[..dash]) || value.Contains(':', StringComparison.Ordinal)))
        {
            return ParseRange(value[..dash], value[(dash + 1)..], out range);
        }

        if (LooksNumericV4(value) || value.Contains(':', StringComparison.Ordinal) || value.StartsWith('['))
        {
            var reason = ParseAddress(value, out var address);
            range = address is null ? null : AddressRange.Single(address);
            return reason;
        }

        if (!IsHostName(value))
        {
            return "not an IP address, CIDR, range or valid host name";
        }

        hostName = value;
        return null;
    }

    private static string? ParseCidr(string addressText, string prefixText, out AddressRange? range)
    {
        range = null;
        var reason = ParseAddress(addressText, out var address);
        if (address is null)
        {
            return reason;
        }

        var bits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (!int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > bits)
        {
            return $"prefix length {prefixText} is out of range for {Family(address)} (0-{bits})";
        }

        var hostBits = bits - prefix;
        var size = UInt128.One << hostBits;
        if (hostBits == 128 || size > MaxRangeSize)
        {
            return $"/{prefix} holds {(hostBits >= 64 ? $"2^{hostBits}" : size.ToString(CultureInfo.InvariantCulture))} addresses, more than the limit of {MaxRangeSize} (a /{bits - 24})";
        }

        // Host bits set below the prefix (10.0.0.5/24) mean the whole network, as in nmap.
        var first = AddressRange.ToNumber(address) & ~(size - 1);
        range = new AddressRange(address.AddressFamily, first, first + size - 1);
        return null;
    }

    private static string? ParseRange(string startText, string endText, out AddressRange? range)
    {
        range = null;
        var reason = ParseAddress(startText, out var start);
        if (start is null)
        {
            return reason;
        }

        var first = AddressRange.ToNumber(start);
        UInt128 last;
        if (start.AddressFamily == AddressFamily.InterNetwork && endText.All(char.IsAsciiDigit))
        {
            // 10.0.0.1-50: the end replaces the last octet.
            if (!int.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out var octet) || octet > 255 || endText.Length > 3)
            {
                return $"range end {QuotedValue.Of(endText)} is not an octet (0-255)";
            }

            last = (first & ~(UInt128)0xFF) | (uint)octet;
        }
        else
        {
            reason = ParseAddress(endText, out var end);
            if (end is null)
            {
                return reason;
            }

            if (end.AddressFamily != start.AddressFamily)
            {
                return "range start and end are of different address families";
            }

            last = AddressRange.ToNumber(end);
        }

        if (last < first)
        {
            return $"range end {endText} is below its start {startText}";
        }

        if (last - first >= MaxRangeSize)
        {
            return $"range holds more than the limit of {MaxRangeSize} addresses";
        }

        range = new AddressRange(start.AddressFamily, first, last);
        return null;
    }

    private static string? ParseAddress(string text, out IPAddress? address)
    {
        address = null;
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            text = text[1..^1];
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            if (!IPAddress.TryParse(text, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return "not a valid IPv6 address";
            }

            if (v6.ScopeId != 0)
            {
                return "IPv6 zone ids (%eth0) are not supported; scan the address without it";
            }

            address = v6;
            return null;
        }

        return ParseIPv4Strict(text, out address);
    }

    // IPAddress.TryParse accepts inet_aton forms ("10.1", "010.0.0.1" as octal); users mean dotted quads.
    private static string? ParseIPv4Strict(string text, out IPAddress? address)
    {
        address = null;
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return "not a valid IPv4 address (expected four dot-separated octets)";
        }

        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            if (parts[i].Length is 0 or > 3
                || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var octet)
                || octet > 255)
            {
                return $"{QuotedValue.Of(parts[i])} is not an octet (0-255)";
            }

            bytes[i] = (byte)octet;
        }

        address = new IPAddress(bytes);
        return null;
    }

    private static bool LooksNumericV4(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == '.');

    private static bool IsHostName(string text)
    {
        if (text.Length > 253)
        {
            return false;
        }

        foreach (var label in text.TrimEnd('.').Split('.'))
        {
            if (label.Length is 0 or > 63 || label.StartsWith('-') || label.EndsWith('-')
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Family(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
}
