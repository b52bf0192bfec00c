using System.Net;

namespace Discovery.Scanning.Probes;

/// <summary>
/// The IPMI presence check: an RMCP/ASF Presence Ping (DSP0136 3.2.4.1) on UDP 623; a BMC that speaks IPMI
/// answers with a Presence Pong (message type 0x40). Needs no credentials and no session.
/// </summary>
internal sealed class IpmiProbe
{
    /// <summary>The default RMCP port.</summary>
    public const int DefaultPort = 623;

    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the probe.</summary>
    public IpmiProbe(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// The ping: RMCP header (version 06, reserved 00, sequence FF = no ACK, class 06 = ASF), the ASF IANA
    /// enterprise number 4542 (00 00 11 BE), message type 80 (Presence Ping), the tag, reserved 00, data length 00.
    /// </summary>
    public static byte[] CreatePing(byte tag) => [0x06, 0x00, 0xFF, 0x06, 0x00, 0x00, 0x11, 0xBE, 0x80, tag, 0x00, 0x00];

    /// <summary>True when <paramref name="datagram"/> is an RMCP/ASF Presence Pong (type 0x40).</summary>
    public static bool IsPong(ReadOnlySpan<byte> datagram) =>
        datagram.Length >= 12
        && datagram[0] == 0x06 && datagram[3] == 0x06
        && datagram[4] == 0x00 && datagram[5] == 0x00 && datagram[6] == 0x11 && datagram[7] == 0xBE
        && datagram[8] == 0x40;

    /// <summary>Pings <paramref name="address"/> on UDP <paramref name="port"/>; never throws for network failures.</summary>
    public async Task<ProbeResult> ProbeAsync(IPAddress address, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var started = _timeProvider.GetTimestamp();
        var answer = await UdpExchange.SendAsync(address, port, CreatePing(0x2A), timeout, data => IsPong(data), cancellationToken);
        return new ProbeResult
        {
            Address = address,
            Port = port,
            Kind = ProbeKind.Ipmi,
            Outcome = answer.Outcome,
            Latency = _timeProvider.GetElapsedTime(started),
            Error = answer.Error,
        };
    }
}
