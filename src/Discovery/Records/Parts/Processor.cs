namespace Discovery.Records.Parts;

/// <summary>A CPU (Redfish Processor of type CPU, or no type).</summary>
internal sealed record Processor : Part
{
    /// <inheritdoc/>
    protected override string KindName => PartKinds.Processor;

    /// <summary>Number of cores (<c>TotalCores</c>).</summary>
    public int? Cores { get; init; }

    /// <summary>Number of hardware threads (<c>TotalThreads</c>).</summary>
    public int? Threads { get; init; }

    /// <summary>Maximum speed in MHz (<c>MaxSpeedMHz</c>).</summary>
    public int? MaxSpeedMhz { get; init; }

    /// <summary>Instruction set as reported (<c>x86-64</c>, <c>ARM-A64</c>).</summary>
    public string? InstructionSet { get; init; }
}
