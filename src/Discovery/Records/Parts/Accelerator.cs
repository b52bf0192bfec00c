namespace Discovery.Records.Parts;

/// <summary>A GPU, FPGA or DPU: a Redfish Processor of another type than CPU, or a GraphicsController.</summary>
internal sealed record Accelerator : Part
{
    /// <inheritdoc/>
    protected override string KindName => PartKinds.Accelerator;

    /// <summary><c>GPU</c>, <c>FPGA</c>, <c>Accelerator</c>, <c>DSP</c>, ... as reported (<c>GPU</c> for a GraphicsController).</summary>
    public string? AcceleratorType { get; init; }

    /// <summary>On-board memory in MiB, when reported (a Processor's memory summary).</summary>
    public long? MemoryMib { get; init; }

    /// <summary>Firmware version (<c>FirmwareVersion</c>, or a FPGA's <c>FirmwareId</c>).</summary>
    public string? FirmwareVersion { get; init; }
}
