namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2BootSet</c>, the fields discover reads (empty lists absent: BOS's lists need an item).</summary>
internal sealed record BosBootSet
{
    public string? Name { get; init; }

    public string? Path { get; init; }

    public string? Type { get; init; }

    public string? KernelParameters { get; init; }

    public IReadOnlyList<string>? NodeList { get; init; }

    public IReadOnlyList<string>? NodeGroups { get; init; }
}
