namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2ComponentLastAction</c>.</summary>
internal sealed record BosLastAction
{
    public string? LastUpdated { get; init; }

    public string? Action { get; init; }

    public bool Failed { get; init; }
}
