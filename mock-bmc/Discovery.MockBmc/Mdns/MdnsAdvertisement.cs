using System.Net;

namespace Discovery.MockBmc.Mdns;

/// <summary>One service the mDNS responder advertises.</summary>
/// <param name="Instance">The instance label, e.g. <c>bmc-0</c> (host name <c>bmc-0.local</c>).</param>
/// <param name="ServiceType">The service type without the domain, e.g. <c>_redfish._tcp</c>.</param>
/// <param name="Address">The host's IPv4 address (its A record).</param>
/// <param name="Port">The SRV port.</param>
/// <param name="Text">The TXT strings.</param>
public sealed record MdnsAdvertisement(string Instance, string ServiceType, IPAddress Address, int Port, IReadOnlyList<string> Text)
{
    /// <summary>The Redfish service type.</summary>
    public const string Redfish = "_redfish._tcp";

    /// <summary>OpenBMC's Redfish service type.</summary>
    public const string OpenBmcRedfish = "_obmc_redfish._tcp";

    /// <summary>The fully qualified type, e.g. <c>_redfish._tcp.local</c>.</summary>
    public string QualifiedType => $"{ServiceType}.local";

    /// <summary>The fully qualified instance name, e.g. <c>bmc-0._redfish._tcp.local</c>.</summary>
    public string QualifiedInstance => $"{Instance}.{ServiceType}.local";

    /// <summary>The SRV target host, e.g. <c>bmc-0.local</c>.</summary>
    public string Host => $"{Instance}.local";

    /// <summary>
    /// The advertisement of a fleet instance: <c>_redfish._tcp</c> (or OpenBMC's type) on its port, TXT naming its
    /// ServiceRoot path and UUID.
    /// </summary>
    public static MdnsAdvertisement For(MockBmcInstance instance, bool openBmc)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new(
            $"bmc-{instance.Index}",
            openBmc ? OpenBmcRedfish : Redfish,
            instance.Address,
            instance.Port,
            ["txtvers=1", "path=/redfish/v1/", $"uuid={instance.ServiceUuid}"]);
    }
}
