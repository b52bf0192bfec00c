using System.Text.Json.Nodes;

namespace Discovery.Testing.Mockups;

/// <summary>Edited copies of a mockup, for the shapes no fixture has; the fixtures themselves stay read-only.</summary>
public static class MockupVariants
{
    /// <summary>
    /// Copies mockup <paramref name="source"/> to <paramref name="destination"/> with a ServiceRoot that links no
    /// SessionService (and no <c>Links.Sessions</c>): a BMC that takes HTTP Basic authentication only.
    /// </summary>
    public static async Task<string> WithoutSessionServiceAsync(string source, string destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var rootFile = Path.Combine(destination, "redfish", "v1", "index.json");
        var root = JsonNode.Parse(await File.ReadAllTextAsync(rootFile, cancellationToken))!.AsObject();
        root.Remove("SessionService");
        root.Remove("Links");
        await File.WriteAllTextAsync(rootFile, root.ToJsonString(), cancellationToken);
        return destination;
    }
}
