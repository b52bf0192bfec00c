using System.Globalization;
using System.Text.Json;

namespace Discovery.Store;

/// <summary>
/// The snapshot folder: <c>snapshots/&lt;yyyyMMddTHHmmss.fffZ&gt;/{table}.parquet</c> plus <c>snapshot.json</c>.
/// A snapshot is written as <c>.&lt;name&gt;.tmp/</c> and renamed when complete, so a folder without the dot is
/// whole; the manifest is written last, so a folder without it is ignored too.
/// </summary>
internal static class SnapshotFiles
{
    public const string ManifestName = "snapshot.json";
    public const string TempSuffix = ".tmp";

    public static string NameOf(DateTimeOffset takenAt) =>
        takenAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fff'Z'", CultureInfo.InvariantCulture);

    public static string TempPath(string directory, string name) => Path.Combine(directory, "." + name + TempSuffix);

    public static string TablePath(string snapshotPath, StoreTable table) => Path.Combine(snapshotPath, table.Name + ".parquet");

    /// <summary>The complete snapshots, oldest first.</summary>
    public static IReadOnlyList<SnapshotInfo> List(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var snapshots = new List<SnapshotInfo>();
        foreach (var folder in Directory.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(folder);
            var manifest = Path.Combine(folder, ManifestName);
            if (name.StartsWith('.') || !File.Exists(manifest))
            {
                continue;
            }

            try
            {
                var info = JsonSerializer.Deserialize(File.ReadAllText(manifest), StorageJsonContext.Default.SnapshotInfo);
                if (info is not null)
                {
                    snapshots.Add(info with { Name = name, Path = folder });
                }
            }
            catch (JsonException)
            {
                // A damaged manifest: not a snapshot we can vouch for.
            }
        }

        return [.. snapshots.OrderBy(s => s.Name, StringComparer.Ordinal)];
    }

    /// <summary>The newest snapshot taken at or before <paramref name="instant"/>, or null.</summary>
    public static SnapshotInfo? AsOf(string directory, DateTimeOffset instant) =>
        List(directory).LastOrDefault(s => s.TakenAt <= instant);

    /// <summary>Deletes the oldest complete snapshots beyond <paramref name="retain"/>; returns their names.</summary>
    public static IReadOnlyList<string> Prune(string directory, int retain)
    {
        var all = List(directory);
        var doomed = all.Take(Math.Max(0, all.Count - Math.Max(1, retain))).ToList();
        foreach (var snapshot in doomed)
        {
            // Rename to a temporary name first, so a crash mid-delete never leaves a half snapshot that lists.
            var doomedPath = TempPath(directory, snapshot.Name);
            Directory.Move(snapshot.Path, doomedPath);
            Directory.Delete(doomedPath, recursive: true);
        }

        return [.. doomed.Select(s => s.Name)];
    }

    /// <summary>Deletes temporary folders a killed snapshot left behind (only the store's owner writes snapshots).</summary>
    public static void RemoveTemporary(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(directory, "." + "*" + TempSuffix))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the next start.
            }
        }
    }
}
