using System.Text.Json;
using Discovery.Scanning.State;

namespace Discovery.Redfish.Tls;

/// <summary>
/// Reads the BMC certificate fingerprints the state folder keeps: the pins (<see cref="TlsOptions.PinFileName"/>) and
/// the last scan's (<see cref="LastScanStore.FileName"/>), joined by endpoint, for <c>GET /tls-fingerprints</c>.
/// Read-only: nothing here writes a pin.
/// </summary>
internal static class BmcFingerprints
{
    /// <summary>The fingerprints of <paramref name="endpoints"/> (all when null), in endpoint order.</summary>
    public static async Task<BmcFingerprintReport> ReadAsync(string stateDirectory, IReadOnlySet<string>? endpoints, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
        var problems = new List<string>();
        var byEndpoint = new SortedDictionary<string, BmcFingerprint>(StringComparer.OrdinalIgnoreCase);
        bool Wanted(string endpoint) => endpoints is null || endpoints.Contains(endpoint);

        var pinFile = Path.Combine(stateDirectory, TlsOptions.PinFileName);
        try
        {
            var pins = await CertificatePinStore.LoadAsync(pinFile, cancellationToken);
            foreach (var (endpoint, pin) in pins.All().Where(p => Wanted(p.Key)))
            {
                byEndpoint[endpoint] = new BmcFingerprint { Endpoint = endpoint, Pinned = pin.ToLowerInvariant() };
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            problems.Add($"{pinFile}: {ex.Message}");
        }

        try
        {
            if (await LastScanStore.LoadAsync(stateDirectory, cancellationToken) is { } scan)
            {
                foreach (var bmc in scan.Bmcs.Where(b => b.TlsFingerprint is not null))
                {
                    var endpoint = Endpoint(bmc.Address, bmc.Port);
                    if (Wanted(endpoint))
                    {
                        var known = byEndpoint.GetValueOrDefault(endpoint) ?? new BmcFingerprint { Endpoint = endpoint };
                        byEndpoint[endpoint] = known with { Scanned = bmc.TlsFingerprint!.ToLowerInvariant(), ScannedAt = scan.ScannedAt };
                    }
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            problems.Add(ex.Message);
        }

        return new BmcFingerprintReport([.. byEndpoint.Values], problems);
    }

    /// <summary><c>host:port</c>, with an IPv6 address in brackets, as <see cref="Collect.BmcTarget.Endpoint"/> writes it.</summary>
    public static string Endpoint(string address, int port) => address.Contains(':', StringComparison.Ordinal)
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{address}]:{port}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{address}:{port}");
}
