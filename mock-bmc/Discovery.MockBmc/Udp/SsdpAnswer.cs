using System.Text;

namespace Discovery.MockBmc.Udp;

/// <summary>The SSDP M-SEARCH answer of a Redfish service (DSP0266 "Discovery", SSDP over UDP).</summary>
internal static class SsdpAnswer
{
    public const string RedfishSearchTarget = "urn:dmtf-org:service:redfish-rest:1";

    public static byte[]? For(byte[] request, string serviceUuid, Uri baseUri)
    {
        var text = Encoding.ASCII.GetString(request);
        var lines = text.Split("\r\n");
        if (lines.Length == 0 || !lines[0].StartsWith("M-SEARCH ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var target = lines.Skip(1)
            .Where(l => l.StartsWith("ST:", StringComparison.OrdinalIgnoreCase))
            .Select(l => l[3..].Trim())
            .FirstOrDefault();
        if (!string.Equals(target, RedfishSearchTarget, StringComparison.OrdinalIgnoreCase) && !string.Equals(target, "ssdp:all", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var answer = "HTTP/1.1 200 OK\r\n"
            + "CACHE-CONTROL: max-age=1800\r\n"
            + $"ST: {RedfishSearchTarget}\r\n"
            + $"USN: uuid:{serviceUuid}::{RedfishSearchTarget}\r\n"
            + $"AL: {baseUri}redfish/v1/\r\n"
            + "EXT:\r\n\r\n";
        return Encoding.ASCII.GetBytes(answer);
    }
}
