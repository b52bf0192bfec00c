namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2SessionExtendedStatusErrorComponents</c>.</summary>
internal sealed record BosErrorComponents
{
    public int Count { get; init; }

    public string? List { get; init; }
}
