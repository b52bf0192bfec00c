namespace Discovery.Records.Manifests;

/// <summary>Where a manifest document, or a problem in one, is.</summary>
/// <param name="Source">The file as the user named it (a directory's files as DIR/name), or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Document">1-based index of the document in its source (YAML documents and JSON array items, empty ones not counted); 0 for the whole source.</param>
/// <param name="Line">1-based line; 0 when the whole source is at fault (it cannot be read).</param>
internal sealed record ManifestLocation(string Source, int Document, int Line)
{
    /// <summary>The compiler-style form <c>file:line: document N</c>.</summary>
    public override string ToString() =>
        (Line > 0 ? $"{Source}:{Line}" : Source) + (Document > 0 ? $": document {Document}" : string.Empty);
}
