using System.Net;
using System.Runtime.CompilerServices;
using Discovery.Scanning.Probes;
using Discovery.Targets;

namespace Discovery.Scanning.Mdns;

/// <summary>
/// The mDNS probe: browses <c>_redfish._tcp</c> and <c>_obmc_redfish._tcp</c> (OpenBMC's), then confirms each advertised
/// service with the Redfish probe's ServiceRoot GET. An advertisement alone is never a BMC: one whose port does not
/// answer Redfish is reported with that outcome and stays out of the BMC list.
/// </summary>
internal sealed class MdnsProbe
{
    /// <summary>The service types browsed, fully qualified.</summary>
    public static readonly IReadOnlyList<string> ServiceTypes = ["_redfish._tcp.local", "_obmc_redfish._tcp.local"];

    private readonly RedfishProbe _redfishProbe;

    /// <summary>Creates the probe; confirmations go through <paramref name="redfishProbe"/>.</summary>
    public MdnsProbe(RedfishProbe redfishProbe)
    {
        ArgumentNullException.ThrowIfNull(redfishProbe);
        _redfishProbe = redfishProbe;
    }

    /// <summary>
    /// Browses for <paramref name="duration"/> and yields one result per advertised (address, port). With targets,
    /// services outside them are skipped (the user named what may be probed); with none, every advertised one is probed.
    /// </summary>
    /// <param name="targets">The scan's targets; empty when the scan is mDNS only.</param>
    /// <param name="ports">The scan's ports: a service on one of them is spoken to with that port's scheme.</param>
    /// <param name="duration">How long to listen for answers.</param>
    /// <param name="timeout">Time limit of each confirmation.</param>
    /// <param name="cancellationToken">Stops the browse and the confirmations.</param>
    public async IAsyncEnumerable<ProbeResult> SearchAsync(
        TargetSet targets, IReadOnlyList<ScanPort> ports, TimeSpan duration, TimeSpan timeout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(ports);
        var confirmations = new List<Task<ProbeResult>>();
        var seen = new HashSet<(IPAddress, int)>();
        await foreach (var instance in MdnsBrowser.BrowseAsync(ServiceTypes, MdnsInterfaces.Local(), duration, cancellationToken))
        {
            if ((targets.Count > 0 && !targets.Contains(instance.Address)) || !seen.Add((instance.Address, instance.Port)))
            {
                continue;
            }

            // Confirmed while the browse goes on, so a large fleet's GETs overlap its answers.
            confirmations.Add(ConfirmAsync(instance, ports, timeout, cancellationToken));
        }

        foreach (var confirmation in confirmations)
        {
            yield return await confirmation;
        }
    }

    // A port the scan names keeps its scheme; any other is tried over HTTPS (what BMCs serve) and, when the
    // handshake fails, once more over plain HTTP.
    private async Task<ProbeResult> ConfirmAsync(MdnsServiceInstance instance, IReadOnlyList<ScanPort> ports, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ScanPort? named = ports.Any(p => p.Port == instance.Port) ? ports.First(p => p.Port == instance.Port) : null;
        var result = await _redfishProbe.ProbeAsync(instance.Address, named ?? new ScanPort(instance.Port), timeout, cancellationToken);
        if (named is null && result.Outcome == ProbeOutcome.TlsFailed)
        {
            result = await _redfishProbe.ProbeAsync(instance.Address, new ScanPort(instance.Port, UseTls: false), timeout, cancellationToken);
        }

        return result with
        {
            Kind = ProbeKind.Mdns,
            Location = instance.Name,
            Error = result.Error is null ? null : $"mDNS {instance.Name}: {result.Error}",
        };
    }
}
