namespace Discovery.Api.Bos;

/// <summary>BOS v2 <c>V2SessionExtendedStatusPhases</c>.</summary>
internal sealed record BosStatusPhases
{
    public double PercentComplete { get; init; }

    public double PercentPoweringOn { get; init; }

    public double PercentPoweringOff { get; init; }

    public double PercentConfiguring { get; init; }
}
