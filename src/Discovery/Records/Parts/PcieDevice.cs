namespace Discovery.Records.Parts;

/// <summary>A PCIe device (Redfish PCIeDevice, ids from its first PCIeFunction).</summary>
internal sealed record PcieDevice : Part
{
    /// <inheritdoc/>
    protected override string KindName => PartKinds.PcieDevice;

    /// <summary>PCI vendor id as reported (<c>0x8086</c>).</summary>
    public string? VendorId { get; init; }

    /// <summary>PCI device id as reported.</summary>
    public string? DeviceId { get; init; }

    /// <summary>Device type (<c>SingleFunction</c>, <c>MultiFunction</c>, ...).</summary>
    public string? DeviceType { get; init; }

    /// <summary>Firmware version (<c>FirmwareVersion</c>).</summary>
    public string? FirmwareVersion { get; init; }
}
