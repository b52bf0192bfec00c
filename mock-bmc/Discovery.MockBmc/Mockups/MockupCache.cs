using System.Collections.Concurrent;

namespace Discovery.MockBmc.Mockups;

/// <summary>
/// Loaded mockups by folder, for the life of the process: test runs start hundreds of fleets over the same seven
/// shared mockups, and parsing the 7 MB iLO tree each time would dominate them. Trees are immutable. An entry is
/// reused only while the folder's ServiceRoot file keeps its modification time.
/// </summary>
internal static class MockupCache
{
    private static readonly ConcurrentDictionary<(string Path, DateTime Stamp), Lazy<MockupTree>> Trees = new();

    public static MockupTree Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var root = File.Exists(Path.Combine(path, "redfish", "v1", "index.json"))
            ? Path.Combine(path, "redfish", "v1", "index.json")
            : Path.Combine(path, "index.json");
        if (!File.Exists(root))
        {
            return MockupLoader.Load(path);
        }

        var entry = Trees.GetOrAdd((path, File.GetLastWriteTimeUtc(root)), key => new Lazy<MockupTree>(() => MockupLoader.Load(key.Path)));
        try
        {
            return entry.Value;
        }
        catch (Exception)
        {
            Trees.TryRemove(new KeyValuePair<(string, DateTime), Lazy<MockupTree>>((path, File.GetLastWriteTimeUtc(root)), entry));
            throw;
        }
    }
}
