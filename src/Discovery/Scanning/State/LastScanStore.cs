using System.Text.Json;
using Discovery.Files;

namespace Discovery.Scanning.State;

/// <summary>
/// Saves and loads <c>last-scan.json</c> in the state directory. Writes go to a temporary file that is renamed
/// over the old one, so a reader (or a crash) never sees half a file.
/// </summary>
internal static class LastScanStore
{
    /// <summary>The file name inside the state directory.</summary>
    public const string FileName = "last-scan.json";

    /// <summary>Writes <paramref name="scan"/> atomically, creating <paramref name="stateDirectory"/> if needed.</summary>
    public static async Task SaveAsync(string stateDirectory, LastScan scan, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
        ArgumentNullException.ThrowIfNull(scan);
        Directory.CreateDirectory(stateDirectory);
        var path = Path.Combine(stateDirectory, FileName);
        await DurableFile.WriteJsonAsync(path, scan, ScanningJsonContext.Default.LastScan, cancellationToken);
    }

    /// <summary>Loads the last scan, or returns null when no scan has been saved in <paramref name="stateDirectory"/>.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a saved scan.</exception>
    public static async Task<LastScan?> LoadAsync(string stateDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
        var path = Path.Combine(stateDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, ScanningJsonContext.Default.LastScan, cancellationToken)
                ?? throw new InvalidDataException($"{path} holds no scan.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a saved scan: {ex.Message}", ex);
        }
    }
}
