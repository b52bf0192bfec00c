namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2Session</c>.</summary>
internal sealed record BosSession
{
    public required string Name { get; init; }

    public required string Operation { get; init; }

    public required string TemplateName { get; init; }

    public string? Limit { get; init; }

    public bool Stage { get; init; }

    public string? Components { get; init; }

    public bool IncludeDisabled { get; init; }

    public required BosSessionStatus Status { get; init; }
}
