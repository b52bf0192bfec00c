namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2SessionExtendedStatus</c> (<c>/v2/sessions/{id}/status</c>).</summary>
internal sealed record BosExtendedStatus
{
    public required string Status { get; init; }

    public int ManagedComponentsCount { get; init; }

    public required BosStatusPhases Phases { get; init; }

    public double PercentSuccessful { get; init; }

    public double PercentFailed { get; init; }

    public double PercentStaged { get; init; }

    public IReadOnlyDictionary<string, BosErrorComponents> ErrorSummary { get; init; } = new Dictionary<string, BosErrorComponents>();

    public required BosStatusTiming Timing { get; init; }
}
