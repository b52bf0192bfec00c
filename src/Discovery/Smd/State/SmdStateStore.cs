using System.Text.Json;
using Discovery.Credentials;

namespace Discovery.Smd.State;

/// <summary>
/// Remembers, in <c>smd-registrations.json</c> under the state directory, a hash of the last registration SMD
/// confirmed for each (SMD base URL, xname), so that a send with nothing changed sends no write. Holds no
/// secret: the hash covers the bodies with the password masked. Saved atomically (temporary file, then rename),
/// owner-only (<see cref="PrivateFile"/>): it names the cluster's BMCs and its SMD.
/// Thread-safe; one process at a time (the last save wins).
/// </summary>
internal sealed class SmdStateStore
{
    /// <summary>The file name inside the state directory.</summary>
    public const string FileName = "smd-registrations.json";

    private readonly Lock _lock = new();
    private readonly SmdStateFile _file;

    private SmdStateStore(string? path, SmdStateFile file)
    {
        Path = path;
        _file = file;
    }

    /// <summary>The file, or null for a store that lives in memory only.</summary>
    public string? Path { get; }

    /// <summary>An empty store that is never saved (dry runs of tests, library callers without state).</summary>
    public static SmdStateStore InMemory() => new(null, new SmdStateFile());

    /// <summary>An empty store for <paramref name="stateDirectory"/>: its file, if any, is replaced at the next save.</summary>
    public static SmdStateStore Empty(string stateDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
        return new SmdStateStore(System.IO.Path.Combine(stateDirectory, FileName), new SmdStateFile());
    }

    /// <summary>Loads the store of <paramref name="stateDirectory"/>; a missing file is an empty store.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a registration state file.</exception>
    public static async Task<SmdStateStore> LoadAsync(string stateDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
        var path = System.IO.Path.Combine(stateDirectory, FileName);
        if (!File.Exists(path))
        {
            return new SmdStateStore(path, new SmdStateFile());
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
        try
        {
            var file = await JsonSerializer.DeserializeAsync(stream, SmdJsonContext.Default.SmdStateFile, cancellationToken);
            return new SmdStateStore(path, file ?? new SmdStateFile());
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not an SMD registration state file: {ex.Message}", ex);
        }
    }

    /// <summary>The hash SMD last confirmed for <paramref name="xname"/> at <paramref name="smdKey"/>, or null.</summary>
    internal string? Get(string smdKey, string xname)
    {
        lock (_lock)
        {
            return _file.Smd.TryGetValue(smdKey, out var entries) && entries.TryGetValue(xname, out var entry) ? entry.Hash : null;
        }
    }

    /// <summary>Records that SMD confirmed <paramref name="hash"/> for <paramref name="xname"/>.</summary>
    internal void Set(string smdKey, string xname, string hash, DateTimeOffset confirmedAt)
    {
        lock (_lock)
        {
            if (!_file.Smd.TryGetValue(smdKey, out var entries))
            {
                entries = new Dictionary<string, SmdStateEntry>(StringComparer.Ordinal);
                _file.Smd[smdKey] = entries;
            }

            entries[xname] = new SmdStateEntry { Hash = hash, ConfirmedAt = confirmedAt };
        }
    }

    /// <summary>Writes the store (0600 temporary file beside it, flushed, then renamed over it).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (Path is null)
        {
            return;
        }

        byte[] content;
        lock (_lock)
        {
            content = JsonSerializer.SerializeToUtf8Bytes(_file, SmdJsonContext.Default.SmdStateFile);
        }

        await PrivateFile.WriteAtomicAsync(Path, content, cancellationToken);
    }
}
