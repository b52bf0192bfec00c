using Discovery.Store;

namespace Discovery.Pipeline;

/// <summary>What the store step did: what changed, or why it could not (the crawl and its log are kept either way).</summary>
internal sealed record StoreStepResult
{
    /// <summary>Where the records went (a folder or a server URL).</summary>
    public required string Where { get; init; }

    /// <summary>Added, changed, removed, unchanged and refused; null when the step failed.</summary>
    public CollectUpsertSummary? Summary { get; init; }

    /// <summary>What opening the local store had to say (a snapshot restored, a working set set aside).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Why the step failed, or null.</summary>
    public string? Failure { get; init; }

    /// <summary>
    /// True when the step did not keep everything: it failed (a local store or a <c>--server</c> alike), or the
    /// store refused a record (named in <see cref="CollectUpsertSummary.Refused"/>).
    /// </summary>
    public bool Failed => Failure is not null || Summary is { Refused.Count: > 0 };
}
