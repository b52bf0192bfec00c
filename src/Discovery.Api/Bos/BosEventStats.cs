namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2ComponentEventStats</c>: discover counts a node's retries as attempts of its power action.</summary>
internal sealed record BosEventStats
{
    public int PowerOnAttempts { get; init; }

    public int PowerOffGracefulAttempts { get; init; }

    public int PowerOffForcefulAttempts { get; init; }
}
