namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2ComponentActualState</c> / <c>V2ComponentDesiredState</c> (the fields both share).</summary>
internal sealed record BosComponentState
{
    public BosBootArtifacts? BootArtifacts { get; init; }

    public string? LastUpdated { get; init; }
}
