namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2SessionTemplate</c>: the name comes from the path on PUT.</summary>
internal sealed record BosSessionTemplate
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyDictionary<string, BosBootSet>? BootSets { get; init; }
}
