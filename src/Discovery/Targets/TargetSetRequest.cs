namespace Discovery.Targets;

/// <summary>The target inputs of one run, as the user gave them.</summary>
internal sealed record TargetSetRequest
{
    /// <summary>Targets from the command line (each may itself be a comma-separated list).</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Files of targets (<c>-iL</c>).</summary>
    public IReadOnlyList<string> TargetFiles { get; init; } = [];

    /// <summary>Excluded targets (<c>--exclude</c>, comma-separated lists allowed).</summary>
    public IReadOnlyList<string> Excludes { get; init; } = [];

    /// <summary>Files of excluded targets (<c>--exclude-file</c>).</summary>
    public IReadOnlyList<string> ExcludeFiles { get; init; } = [];
}
