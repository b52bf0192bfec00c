namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2ComponentWithId</c>: a node's desired and actual boot state, last action, error and retries.</summary>
internal sealed record BosComponent
{
    public required string Id { get; init; }

    public required BosComponentState ActualState { get; init; }

    public required BosComponentState DesiredState { get; init; }

    public required BosLastAction LastAction { get; init; }

    public required BosEventStats EventStats { get; init; }

    public required BosComponentStatus Status { get; init; }

    public bool Enabled { get; init; }

    public string? Error { get; init; }

    public string? Session { get; init; }

    public int RetryPolicy { get; init; }
}
