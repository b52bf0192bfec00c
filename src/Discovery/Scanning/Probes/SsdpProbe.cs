using System.Net;

namespace Discovery.Scanning.Probes;

/// <summary>
/// Unicast Redfish SSDP: an M-SEARCH to address:port (default 1900); an answer is confirmed by probing the AL
/// URL it announces. Only an AL on the answering address is followed, so a device cannot steer the scan to
/// another host.
/// </summary>
internal sealed class SsdpProbe
{
    /// <summary>The SSDP port.</summary>
    public const int DefaultPort = 1900;

    private readonly RedfishProbe _redfishProbe;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the probe; confirmations go through <paramref name="redfishProbe"/>.</summary>
    public SsdpProbe(RedfishProbe redfishProbe, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(redfishProbe);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _redfishProbe = redfishProbe;
        _timeProvider = timeProvider;
    }

    /// <summary>Searches <paramref name="address"/>; never throws for network failures.</summary>
    public async Task<ProbeResult> ProbeAsync(IPAddress address, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var started = _timeProvider.GetTimestamp();
        var answer = await UdpExchange.SendAsync(
            address, port, SsdpMessages.CreateSearch(1), timeout, data => SsdpMessages.TryParse(data) is not null, cancellationToken);
        var result = new ProbeResult
        {
            Address = address,
            Port = port,
            Kind = ProbeKind.Ssdp,
            Outcome = answer.Outcome,
            Latency = _timeProvider.GetElapsedTime(started),
            Error = answer.Error,
        };
        if (answer.Data is null)
        {
            return result;
        }

        var response = SsdpMessages.TryParse(answer.Data)!;
        result = result with { Location = response.Location?.ToString() };
        return await ConfirmAsync(result, response, timeout, cancellationToken);
    }

    /// <summary>Probes the AL of <paramref name="response"/> when it is on the answering address.</summary>
    internal async Task<ProbeResult> ConfirmAsync(ProbeResult answered, SsdpResponse response, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var location = response.Location;
        if (location is null || !IPAddress.TryParse(location.IdnHost, out var host) || !host.Equals(answered.Address)
            || location.Scheme is not ("https" or "http"))
        {
            return answered with { Error = $"AL '{location}' is not an http(s) URL on the answering address; not confirmed" };
        }

        var useTls = location.Scheme == "https";
        var confirmed = await _redfishProbe.ProbeAsync(answered.Address, new ScanPort(location.Port, useTls), timeout, cancellationToken);
        if (!confirmed.IsBmc)
        {
            return answered with { Error = $"AL {location} did not confirm a Redfish service: {confirmed.Error}" };
        }

        var root = confirmed.ServiceRoot!;
        return answered with
        {
            Outcome = ProbeOutcome.Bmc,
            Scheme = confirmed.Scheme,
            TlsFingerprint = confirmed.TlsFingerprint,
            Latency = answered.Latency + confirmed.Latency,
            // The USN's UUID is what de-duplication keys on when the ServiceRoot hides its own.
            ServiceRoot = root.Uuid is null ? root with { Uuid = response.Uuid } : root,
        };
    }
}
