using System.Globalization;
using System.Net;
using Discovery.MockBmc;
using Discovery.MockBmc.Mdns;

namespace MockBmc;

/// <summary>What <c>--mdns</c>, <c>--mdns-obmc</c> and <c>--mdns-extra</c> ask the fleet to advertise.</summary>
internal static class MdnsFlags
{
    public const string ExtraDescription =
        "Also advertise INSTANCE:TYPE:PORT on --first-address (e.g. printer:_ipp._tcp:631, or ghost:_redfish._tcp:9 for an advertised port with no Redfish behind it). Repeatable; implies --mdns.";

    /// <summary>Parses the extras; an error names the value.</summary>
    public static (IReadOnlyList<MdnsAdvertisement> Extras, string? Error) ParseExtras(IReadOnlyList<string> values, IPAddress address)
    {
        var extras = new List<MdnsAdvertisement>();
        foreach (var value in values)
        {
            var parts = value.Split(':');
            if (parts.Length != 3 || parts[0].Length == 0 || !parts[1].StartsWith('_') || !parts[1].EndsWith("._tcp", StringComparison.Ordinal) && !parts[1].EndsWith("._udp", StringComparison.Ordinal)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                return ([], $"--mdns-extra '{value}': expected INSTANCE:_SERVICE._tcp:PORT, e.g. printer:_ipp._tcp:631");
            }

            extras.Add(new MdnsAdvertisement(parts[0], parts[1], address, port, ["txtvers=1"]));
        }

        return (extras, null);
    }

    /// <summary>Every fleet instance as <c>_redfish._tcp</c>, the last <paramref name="openBmc"/> as OpenBMC's type, then the extras.</summary>
    public static IReadOnlyList<MdnsAdvertisement> For(MockFleet fleet, int openBmc, IReadOnlyList<MdnsAdvertisement> extras) =>
        [.. fleet.Instances.Select(i => MdnsAdvertisement.For(i, openBmc: i.Index >= fleet.Instances.Count - openBmc)), .. extras];
}
