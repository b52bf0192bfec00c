using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Discovery.Scanning.Mdns;

/// <summary>Which local interfaces an mDNS browse asks on.</summary>
internal static class MdnsInterfaces
{
    /// <summary>
    /// The IPv4 address of every interface that is up and multicast-capable (loopback too, when it carries the
    /// MULTICAST flag, as in a test's network namespace).
    /// </summary>
    public static IReadOnlyList<IPAddress> Local() =>
        [.. NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus is OperationalStatus.Up or OperationalStatus.Unknown && nic.SupportsMulticast)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork)
            .Distinct()];
}
