namespace Discovery.Records.Parts;

/// <summary>A DIMM (Redfish Memory).</summary>
internal sealed record MemoryModule : Part
{
    /// <inheritdoc/>
    protected override string KindName => PartKinds.Memory;

    /// <summary>Capacity in MiB (<c>CapacityMiB</c>).</summary>
    public long? CapacityMib { get; init; }

    /// <summary>Memory type (<c>MemoryDeviceType</c>, e.g. <c>DDR4</c>; else <c>MemoryType</c>).</summary>
    public string? MemoryType { get; init; }

    /// <summary>Operating speed in MHz (<c>OperatingSpeedMhz</c>, else the first <c>AllowedSpeedsMHz</c>).</summary>
    public int? SpeedMhz { get; init; }
}
