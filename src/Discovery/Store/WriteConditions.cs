namespace Discovery.Store;

/// <summary>Who writes, and on what condition.</summary>
internal sealed record WriteConditions
{
    /// <summary>No condition, actor <c>cli</c>.</summary>
    public static readonly WriteConditions None = new();

    /// <summary>Write only if the record's version is still this one (from an <c>If-Match</c> ETag); null: any version.</summary>
    public long? IfMatch { get; init; }

    /// <summary>Who asks, recorded in history (<c>cli</c>, <c>apply</c>, <c>collect</c>, <c>api:alice</c>). Default <c>cli</c>.</summary>
    public string Actor { get; init; } = "cli";
}
