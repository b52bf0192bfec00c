using System.Globalization;
using System.Net;
using Discovery.Targets;
using Discovery.Scanning.Probes;

namespace Discovery.Scanning;

/// <summary>
/// Folds probe results into a <see cref="ScanReport"/>: one BMC per (address, service UUID), whether the
/// Redfish probe, SSDP or both found it; IPMI answers attached or listed as IPMI-only. Not thread-safe: feed it
/// from the one reader of <see cref="Scanner.ScanAsync"/>.
/// </summary>
internal sealed class ScanReportBuilder
{
    private readonly Dictionary<string, DiscoveredBmc> _bmcs = new(StringComparer.Ordinal);
    private readonly HashSet<IPAddress> _ipmi = [];
    private readonly Dictionary<string, long> _outcomes = new(StringComparer.Ordinal);
    private long _probeCount;

    /// <summary>Adds one probe result.</summary>
    public void Add(ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _probeCount++;
        var outcome = result.Outcome.ToString();
        _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
        if (result.Kind == ProbeKind.Ipmi && result.Outcome == ProbeOutcome.Answered)
        {
            _ipmi.Add(result.Address);
            return;
        }

        if (!result.IsBmc || result.ServiceRoot is not { } root)
        {
            return;
        }

        var port = result.ServicePort;
        // The same service seen on two ports, or by the Redfish probe, SSDP and mDNS, is one BMC (DSP0266 says to
        // de-duplicate SSDP answers on the UUID). Without a UUID only the exact port identifies it.
        var key = $"{result.Address}|{root.Uuid ?? port.ToString(CultureInfo.InvariantCulture)}";
        var kind = result.Kind switch
        {
            ProbeKind.Ssdp => "ssdp",
            ProbeKind.Mdns => "mdns",
            _ => "redfish",
        };
        if (_bmcs.TryGetValue(key, out var existing))
        {
            if (!existing.FoundBy.Contains(kind))
            {
                _bmcs[key] = existing with { FoundBy = [.. existing.FoundBy.Append(kind).Order(StringComparer.Ordinal)] };
            }

            return;
        }

        var scheme = result.Scheme ?? "https";
        var host = result.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{result.Address}]" : result.Address.ToString();
        _bmcs[key] = new DiscoveredBmc
        {
            Address = result.Address.ToString(),
            Port = port,
            Scheme = scheme,
            BaseUri = $"{scheme}://{host}:{port}/",
            Uuid = root.Uuid,
            RedfishVersion = root.RedfishVersion,
            Vendor = root.Vendor,
            Product = root.Product,
            Name = root.Name,
            LatencyMs = Math.Round(result.Latency.TotalMilliseconds, 1),
            TlsFingerprint = result.TlsFingerprint,
            FoundBy = [kind],
        };
    }

    /// <summary>The report so far.</summary>
    public ScanReport Build()
    {
        var bmcs = _bmcs.Values
            .Select(b => b with { AnswersIpmi = _ipmi.Contains(IPAddress.Parse(b.Address)) })
            .OrderBy(b => Order(b.Address))
            .ThenBy(b => b.Port)
            .ToList();
        var withRedfish = bmcs.Select(b => IPAddress.Parse(b.Address)).ToHashSet();
        return new ScanReport
        {
            Bmcs = bmcs,
            IpmiOnly = _ipmi.Where(a => !withRedfish.Contains(a)).OrderBy(a => Order(a.ToString())).Select(a => a.ToString()).ToList(),
            ProbeCount = _probeCount,
            Outcomes = new Dictionary<string, long>(_outcomes, StringComparer.Ordinal),
        };
    }

    private static (int Family, UInt128 Number) Order(string address)
    {
        var parsed = IPAddress.Parse(address);
        return ((int)parsed.AddressFamily, AddressRange.ToNumber(parsed));
    }
}
