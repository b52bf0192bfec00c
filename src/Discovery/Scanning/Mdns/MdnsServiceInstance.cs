using System.Net;

namespace Discovery.Scanning.Mdns;

/// <summary>One advertised service instance, resolved far enough to be probed: where it says its service listens.</summary>
/// <param name="Name">The instance name, e.g. <c>bmc-7._redfish._tcp.local</c>.</param>
/// <param name="ServiceType">The browsed type it answered for, e.g. <c>_redfish._tcp.local</c>.</param>
/// <param name="Host">The SRV target host name.</param>
/// <param name="Port">The SRV port.</param>
/// <param name="Address">The host's address from its A (preferred) or AAAA record.</param>
/// <param name="Text">The TXT strings as advertised (kept, never trusted for anything).</param>
internal sealed record MdnsServiceInstance(string Name, string ServiceType, string Host, int Port, IPAddress Address, IReadOnlyList<string> Text);
