using Discovery.Redfish.Mapping;
using Discovery.Testing.Mockups;

namespace Discovery.Redfish.Tests;

/// <summary>Finds the shared Redfish mockups (never copied into the repo) or skips the test.</summary>
internal static class SharedMockups
{
    /// <summary>The names of the seven shared mockups.</summary>
    public static readonly string[] Names =
    [
        "dmtf-public-rackmount1", "hpe-proliant-dl325-gen10plus-ilo5", "intel-s2600bpb", "gigabyte-h262-z63-ami",
        "hpe-cray-ex425-nodecard", "hpe-cray-ex-cmm", "hpe-cray-slingshot-switch-blade",
    ];

    /// <summary>The tall-form folder of mockup <paramref name="name"/>; skips the test when the shared fixtures are absent.</summary>
    public static string Path(string name) => MockupPaths.Shared(name);

    /// <summary>Loads every resource of a tall-form mockup as crawled documents, without HTTP.</summary>
    public static RedfishDocuments Load(string name)
    {
        var root = Path(name);
        var documents = new RedfishDocuments();
        foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(root, "redfish", "v1"), "index.json", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(root, System.IO.Path.GetDirectoryName(file)!).Replace('\\', '/');
            documents.TryAdd("/" + relative, File.ReadAllText(file));
        }

        return documents;
    }
}
