namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2BootArtifacts</c>.</summary>
internal sealed record BosBootArtifacts
{
    public string? Kernel { get; init; }

    public string? KernelParameters { get; init; }

    public string? Initrd { get; init; }
}
