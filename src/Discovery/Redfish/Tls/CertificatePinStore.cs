using System.Collections.Concurrent;
using System.Text.Json;
using Discovery.Files;

namespace Discovery.Redfish.Tls;

/// <summary>
/// SHA-256 certificate fingerprints pinned per BMC (<c>host:port</c>), kept in a JSON file so a later crawl can
/// refuse a BMC whose certificate changed (trust on first use).
/// </summary>
internal sealed class CertificatePinStore
{
    private readonly ConcurrentDictionary<string, string> _pins;
    private readonly string? _path;

    private CertificatePinStore(string? path, Dictionary<string, string> pins)
    {
        _path = path;
        _pins = new ConcurrentDictionary<string, string>(pins, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A store that is not backed by a file.</summary>
    public static CertificatePinStore InMemory() => new(null, []);

    /// <summary>Loads the pins from <paramref name="path"/>; a missing file is an empty store.</summary>
    public static async Task<CertificatePinStore> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new CertificatePinStore(path, []);
        }

        await using var stream = File.OpenRead(path);
        var pins = await JsonSerializer.DeserializeAsync(stream, RedfishJsonContext.Default.DictionaryStringString, cancellationToken);
        return new CertificatePinStore(path, pins ?? []);
    }

    /// <summary>The pinned fingerprint (upper-case hex) of <paramref name="endpoint"/>, or null.</summary>
    public string? Get(string endpoint) => _pins.TryGetValue(endpoint, out var pin) ? pin : null;

    /// <summary>Every pin, as <c>host:port</c> to fingerprint (upper-case hex).</summary>
    public IReadOnlyDictionary<string, string> All() => new Dictionary<string, string>(_pins, StringComparer.OrdinalIgnoreCase);

    /// <summary>Pins <paramref name="fingerprint"/> for <paramref name="endpoint"/> unless one is pinned already; returns the pin in force.</summary>
    public string PinIfAbsent(string endpoint, string fingerprint) => _pins.GetOrAdd(endpoint, fingerprint);

    /// <summary>Writes the pins durably (<see cref="DurableFile.WriteJsonAsync"/>): a crash leaves the old pins or the new.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (_path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        var snapshot = new Dictionary<string, string>(_pins.OrderBy(p => p.Key, StringComparer.Ordinal), StringComparer.Ordinal);
        await DurableFile.WriteJsonAsync(_path, snapshot, RedfishJsonContext.Default.DictionaryStringString, cancellationToken);
    }
}
