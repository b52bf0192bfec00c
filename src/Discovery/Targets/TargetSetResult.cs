namespace Discovery.Targets;

/// <summary>The outcome of building a target set: the set, or every error found (nothing is sent then).</summary>
internal sealed record TargetSetResult
{
    /// <summary>The addresses to scan; <see cref="TargetSet.Empty"/> when there are errors.</summary>
    public required TargetSet Targets { get; init; }

    /// <summary>Every bad target, each naming its value, source and problem. Empty on success.</summary>
    public IReadOnlyList<TargetError> Errors { get; init; } = [];

    /// <summary>True when no error was found.</summary>
    public bool IsSuccess => Errors.Count == 0;
}
