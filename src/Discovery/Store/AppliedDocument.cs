using Discovery.Records.Manifests;

namespace Discovery.Store;

/// <summary>What applying one manifest document did (or would do, in a dry run).</summary>
internal sealed record AppliedDocument
{
    /// <summary>The document's kind (<c>ComputeNode</c>, <c>NodeGroup</c>, <c>BootProfile</c>, <c>Bmc</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>The record it applies to (<c>xname=x3000c0s1b0n0</c>).</summary>
    public required string Identity { get; init; }

    /// <summary>Where the document is.</summary>
    public required ManifestLocation Location { get; init; }

    /// <summary><c>created</c>, <c>updated</c> or <c>unchanged</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The fields that change (every field set, for a created record).</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
}
