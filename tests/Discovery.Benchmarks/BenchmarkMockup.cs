using Discovery.Redfish.Mapping;
using Discovery.Testing.Mockups;

namespace Discovery.Benchmarks;

/// <summary>The mockup the benchmarks read: the shared DMTF rackmount server when present, else the project's minimal fixture.</summary>
internal static class BenchmarkMockup
{
    public static string Folder =>
        MockupPaths.SharedRoot() is { } shared && Directory.Exists(Path.Combine(shared, "dmtf-public-rackmount1"))
            ? Path.Combine(shared, "dmtf-public-rackmount1")
            : MockupPaths.Project("minimal");

    /// <summary>Every resource of the tall-form mockup, as the crawler would have collected them.</summary>
    public static RedfishDocuments Documents()
    {
        var folder = Folder;
        var documents = new RedfishDocuments();
        foreach (var index in Directory.EnumerateFiles(Path.Combine(folder, "redfish", "v1"), "index.json", SearchOption.AllDirectories))
        {
            var uri = "/" + Path.GetRelativePath(folder, Path.GetDirectoryName(index)!).Replace('\\', '/');
            documents.TryAdd(uri, File.ReadAllText(index));
        }

        return documents;
    }

    /// <summary>The text of one resource of the mockup (<c>Systems/1</c>, <c>AccountService</c>).</summary>
    public static string Body(string relative) => File.ReadAllText(Path.Combine(Folder, "redfish", "v1", relative, "index.json"));
}
