using System.Text;

namespace Discovery.Scanning.Probes;

/// <summary>Builds the Redfish M-SEARCH and parses answers (SSDP messages are HTTP over UDP).</summary>
internal static class SsdpMessages
{
    /// <summary>The search target Redfish services answer (DSP0266).</summary>
    public const string RedfishSearchTarget = "urn:dmtf-org:service:redfish-rest:1";

    /// <summary>The M-SEARCH request, the same bytes for multicast and unicast.</summary>
    public static byte[] CreateSearch(int maxWaitSeconds) => Encoding.ASCII.GetBytes(
        "M-SEARCH * HTTP/1.1\r\n"
        + "HOST: 239.255.255.250:1900\r\n"
        + "MAN: \"ssdp:discover\"\r\n"
        + $"MX: {maxWaitSeconds}\r\n"
        + $"ST: {RedfishSearchTarget}\r\n"
        + "USER-AGENT: discover/1.0\r\n\r\n");

    /// <summary>Parses a 200 answer carrying a USN; null for anything else (NOTIFY, other services, garbage).</summary>
    public static SsdpResponse? TryParse(ReadOnlySpan<byte> datagram)
    {
        var text = Encoding.ASCII.GetString(datagram);
        var lines = text.Split("\r\n");
        if (lines.Length == 0 || !lines[0].StartsWith("HTTP/1.1 200", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? usn = null, al = null, location = null;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("USN", StringComparison.OrdinalIgnoreCase))
            {
                usn = value;
            }
            else if (name.Equals("AL", StringComparison.OrdinalIgnoreCase))
            {
                al = value;
            }
            else if (name.Equals("LOCATION", StringComparison.OrdinalIgnoreCase))
            {
                location = value;
            }
        }

        if (usn is null)
        {
            return null;
        }

        return new SsdpResponse
        {
            Usn = usn,
            Uuid = ParseUuid(usn),
            Location = Uri.TryCreate(al ?? location, UriKind.Absolute, out var uri) ? uri : null,
        };
    }

    private static string? ParseUuid(string usn)
    {
        if (!usn.StartsWith("uuid:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var end = usn.IndexOf("::", StringComparison.Ordinal);
        var uuid = end < 0 ? usn[5..] : usn[5..end];
        return Guid.TryParse(uuid, out _) ? uuid.ToLowerInvariant() : null;
    }
}
