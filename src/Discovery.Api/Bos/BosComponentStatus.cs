namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2ComponentStatus</c>: phase as BOS names it, status the session node's own state.</summary>
internal sealed record BosComponentStatus
{
    public required string Phase { get; init; }

    public required string Status { get; init; }
}
