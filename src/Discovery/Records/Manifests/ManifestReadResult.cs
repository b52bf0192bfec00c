namespace Discovery.Records.Manifests;

/// <summary>The outcome of reading manifests: every document, or every problem and no documents (all or nothing).</summary>
internal sealed record ManifestReadResult
{
    /// <summary>The documents in reading order (sources in the order given, a directory's files by name); empty when there are errors.</summary>
    public IReadOnlyList<ManifestDocument> Documents { get; init; } = [];

    /// <summary>Every problem found, in reading order; empty on success.</summary>
    public IReadOnlyList<ManifestError> Errors { get; init; } = [];

    /// <summary>True when every source was read without problems.</summary>
    public bool Success => Errors.Count == 0;
}
