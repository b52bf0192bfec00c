using System.Text.Json.Nodes;

namespace Discovery.Records.Manifests;

/// <summary>
/// One validated manifest document: its kind, identity, and the fields it names with their values already in
/// normal form. Apply it with <see cref="ManifestApplier"/>; read it with <see cref="ManifestReader"/>.
/// </summary>
internal sealed class ManifestDocument
{
    private readonly IReadOnlyDictionary<string, int> _lines;

    internal ManifestDocument(
        ManifestKind kind, ManifestLocation location, ManifestIdentity identity, JsonObject values,
        IReadOnlyList<string> ignoredFields, IReadOnlyDictionary<string, int> lines)
    {
        Kind = kind;
        Location = location;
        Identity = identity;
        Values = values;
        Fields = [.. values.Select(v => v.Key)];
        IgnoredFields = ignoredFields;
        _lines = lines;
    }

    /// <summary>The record kind.</summary>
    public ManifestKind Kind { get; }

    /// <summary>Where the document starts.</summary>
    public ManifestLocation Location { get; }

    /// <summary>Which record it applies to.</summary>
    public ManifestIdentity Identity { get; }

    /// <summary>
    /// The top-level fields the document names (snake_case, in document order, without <c>kind</c>): only these
    /// change when it is applied. A field given as null is named too: applying it resets the field to its default.
    /// </summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>
    /// Fields discover maintains itself (<c>first_seen</c>, <c>last_seen</c>, <c>last_updated</c>,
    /// <c>last_crawl_status</c>) that the document carried, for example because it came from <c>discover get -o yaml</c>;
    /// they are accepted and ignored, and listed here so a command can say so.
    /// </summary>
    public IReadOnlyList<string> IgnoredFields { get; }

    /// <summary>The named fields' values, normal forms; never handed out, so a document cannot change after validation.</summary>
    internal JsonObject Values { get; }

    /// <summary>The line of the field at <paramref name="path"/> (or of its closest enclosing field), else of the document.</summary>
    public int LineOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FindLine(_lines, path, Location.Line);
    }

    /// <summary>The form <c>ComputeNode xname=x3000c0s1b0n0</c>.</summary>
    public override string ToString() => $"{Kind} {Identity}";

    internal ManifestError Error(string? field, string message) =>
        new(Location with { Line = field is null ? Location.Line : LineOf(field) }, field, message);

    /// <summary>The line recorded for <paramref name="path"/> or its closest enclosing path, else <paramref name="fallback"/>.</summary>
    internal static int FindLine(IReadOnlyDictionary<string, int> lines, string path, int fallback)
    {
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (lines.TryGetValue(current, out var line))
            {
                return line;
            }
        }

        return fallback;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut < 0 ? string.Empty : path[..cut];
    }
}
