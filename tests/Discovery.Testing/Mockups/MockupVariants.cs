using System.Text.Json.Nodes;

namespace Discovery.Testing.Mockups;

/// <summary>Edited copies of a mockup, for the shapes no fixture has; the fixtures themselves stay read-only.</summary>
public static class MockupVariants
{
    /// <summary>
    /// Copies mockup <paramref name="source"/> to <paramref name="destination"/> with a ServiceRoot that links no
    /// SessionService (and no <c>Links.Sessions</c>): a BMC that takes HTTP Basic authentication only.
    /// </summary>
    public static Task<string> WithoutSessionServiceAsync(string source, string destination, CancellationToken cancellationToken) =>
        WithEditsAsync(source, destination, new Dictionary<string, Action<JsonObject>>
        {
            ["/redfish/v1"] = root =>
            {
                root.Remove("SessionService");
                root.Remove("Links");
            },
        }, cancellationToken);

    /// <summary>
    /// Copies mockup <paramref name="source"/> to <paramref name="destination"/>, then applies each edit to the body of
    /// the resource its key names (<c>/redfish/v1/Systems/1</c>): values real BMCs report that no fixture has.
    /// </summary>
    public static async Task<string> WithEditsAsync(
        string source, string destination, IReadOnlyDictionary<string, Action<JsonObject>> edits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(edits);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var (resource, edit) in edits)
        {
            var file = Path.Combine([destination, .. resource.Trim('/').Split('/'), "index.json"]);
            var body = JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken))!.AsObject();
            edit(body);
            await File.WriteAllTextAsync(file, body.ToJsonString(), cancellationToken);
        }

        return destination;
    }
}
