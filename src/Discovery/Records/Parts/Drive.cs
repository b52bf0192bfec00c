namespace Discovery.Records.Parts;

/// <summary>A disk (Redfish Drive, or a SimpleStorage device).</summary>
internal sealed record Drive : Part
{
    /// <inheritdoc/>
    protected override string KindName => PartKinds.Drive;

    /// <summary>Capacity in bytes (<c>CapacityBytes</c>).</summary>
    public long? CapacityBytes { get; init; }

    /// <summary><c>HDD</c>, <c>SSD</c>, ... (<c>MediaType</c>).</summary>
    public string? MediaType { get; init; }

    /// <summary><c>SATA</c>, <c>NVMe</c>, ... (<c>Protocol</c>).</summary>
    public string? Protocol { get; init; }

    /// <summary>Firmware revision (<c>Revision</c>).</summary>
    public string? FirmwareVersion { get; init; }
}
