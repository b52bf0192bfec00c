using System.Net;

namespace Discovery.Locate.Snmp;

/// <summary>Where one agent listens, and how patiently to talk to it.</summary>
/// <param name="Address">The agent's UDP endpoint.</param>
/// <param name="Timeout">How long one try waits for its answer.</param>
/// <param name="Retries">Tries after the first before giving up.</param>
internal sealed record SnmpEndpoint(IPEndPoint Address, TimeSpan Timeout, int Retries)
{
    /// <summary>The standard agent port.</summary>
    public const int DefaultPort = 161;
}
