namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2SessionExtendedStatusTiming</c>.</summary>
internal sealed record BosStatusTiming
{
    public string? StartTime { get; init; }

    public string? EndTime { get; init; }

    public string? Duration { get; init; }
}
