namespace Discovery.Store;

/// <summary>What <c>discover apply</c> sends: manifests, and whether to only show what would change.</summary>
internal sealed record ApplyRequest
{
    /// <summary>The manifests, in the order they are read (a directory's files by name).</summary>
    public required IReadOnlyList<ManifestSource> Sources { get; init; }

    /// <summary>Report the changes without storing any.</summary>
    public bool DryRun { get; init; }
}
