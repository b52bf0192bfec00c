namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2SessionCreate</c>.</summary>
internal sealed record BosSessionCreate
{
    public string? Name { get; init; }

    public string? Operation { get; init; }

    public string? TemplateName { get; init; }

    public string? Limit { get; init; }

    public bool? Stage { get; init; }

    public bool? IncludeDisabled { get; init; }
}
