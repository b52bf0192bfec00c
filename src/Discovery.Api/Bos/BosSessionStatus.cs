namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2SessionStatus</c>: status is pending, running or complete; a failed or cancelled session is complete with an error.</summary>
internal sealed record BosSessionStatus
{
    public string? StartTime { get; init; }

    public string? EndTime { get; init; }

    public required string Status { get; init; }

    public string? Error { get; init; }
}
