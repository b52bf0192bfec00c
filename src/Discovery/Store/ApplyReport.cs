using Discovery.Records.Manifests;

namespace Discovery.Store;

/// <summary>
/// The outcome of an apply: all or nothing. With any error nothing was stored and <see cref="Documents"/> is empty;
/// otherwise every document with what it did. A second apply of the same manifests reports every document unchanged.
/// </summary>
internal sealed record ApplyReport
{
    /// <summary>True when nothing was stored on purpose (<c>--dry-run</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Each document, in the order applied.</summary>
    public IReadOnlyList<AppliedDocument> Documents { get; init; } = [];

    /// <summary>Every problem, located by file, document, line and field.</summary>
    public IReadOnlyList<ManifestError> Errors { get; init; } = [];

    /// <summary>True when every document applied.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Documents that create a record.</summary>
    public int Created => Documents.Count(d => d.Action == "created");

    /// <summary>Documents that change a record.</summary>
    public int Updated => Documents.Count(d => d.Action == "updated");

    /// <summary>Documents whose record is already as they say.</summary>
    public int Unchanged => Documents.Count(d => d.Action == "unchanged");

    /// <summary>
    /// The report for people: <c>ComputeNode xname=... created (30-nodes.yaml:4)</c> per document (<c>would be created</c>
    /// in a dry run), then one indented line per changed field of an updated document, or of any document in a dry run.
    /// </summary>
    public IEnumerable<string> Describe()
    {
        foreach (var document in Documents)
        {
            var verb = DryRun && document.Action != "unchanged" ? "would be " + document.Action : document.Action;
            yield return $"{document.Kind} {document.Identity} {verb} ({document.Location.Source}:{document.Location.Line})";
            if (document.Action == "updated" || DryRun)
            {
                foreach (var change in document.Changes)
                {
                    yield return $"  {change.Field}: {change.Before ?? "null"} -> {change.After ?? "null"}";
                }
            }
        }
    }

    /// <summary><c>apply: 1 created, 2 updated, 3 unchanged</c>, saying so when nothing was stored on purpose.</summary>
    public string Summary() =>
        $"{(DryRun ? "apply (dry run, nothing stored)" : "apply")}: {Created} created, {Updated} updated, {Unchanged} unchanged";
}
