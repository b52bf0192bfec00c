namespace Discovery.Records.Manifests;

/// <summary>The outcome of applying one manifest document to one record (or to none).</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed record ApplyResult<T>
    where T : class
{
    /// <summary>The record after the apply (the existing instance itself when nothing changed); null when <see cref="Errors"/> is not empty.</summary>
    public T? Record { get; init; }

    /// <summary>True when there was no existing record and the apply creates one.</summary>
    public bool Created { get; init; }

    /// <summary>
    /// The fields that change, in the record's field order; empty means "no change" (applying the same document
    /// twice gives an empty list the second time). For a created record: every field that ends up set.
    /// </summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>Why the document cannot be applied (a new BMC without <c>ip</c>, an id that contradicts the record's), located in the document.</summary>
    public IReadOnlyList<ManifestError> Errors { get; init; } = [];

    /// <summary>True when the document applied; <see cref="Record"/> is then set.</summary>
    public bool Succeeded => Record is not null && Errors.Count == 0;

    /// <summary>True when the apply creates the record or changes at least one field.</summary>
    public bool Changed => Created || Changes.Count > 0;
}
