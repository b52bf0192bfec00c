namespace Discovery.Records.Parts;

/// <summary>
/// The parts of one owner (a node, or a BMC for its own firmware), by kind, in Redfish URI order, plus the empty
/// slots the BMC reported. JSON names are the ones <c>discover get node -o json</c> uses.
/// </summary>
internal sealed record NodeParts
{
    /// <summary>Nothing reported.</summary>
    public static readonly NodeParts None = new();

    /// <summary>CPUs.</summary>
    public IReadOnlyList<Processor> Processors { get; init => field = value ?? []; } = [];

    /// <summary>DIMMs.</summary>
    public IReadOnlyList<MemoryModule> Memory { get; init => field = value ?? []; } = [];

    /// <summary>GPUs, FPGAs, DPUs.</summary>
    public IReadOnlyList<Accelerator> Accelerators { get; init => field = value ?? []; } = [];

    /// <summary>Disks.</summary>
    public IReadOnlyList<Drive> Drives { get; init => field = value ?? []; } = [];

    /// <summary>PCIe devices.</summary>
    public IReadOnlyList<PcieDevice> PcieDevices { get; init => field = value ?? []; } = [];

    /// <summary>Firmware images.</summary>
    public IReadOnlyList<FirmwareItem> Firmware { get; init => field = value ?? []; } = [];

    /// <summary>Sockets and slots reported <c>Absent</c>.</summary>
    public IReadOnlyList<EmptySlot> EmptySlots { get; init => field = value ?? []; } = [];

    /// <summary>The parts <paramref name="node"/> carries.</summary>
    public static NodeParts Of(ComputeNode node) => new()
    {
        Processors = node.Processors,
        Memory = node.Memory,
        Accelerators = node.Accelerators,
        Drives = node.Drives,
        PcieDevices = node.PcieDevices,
        Firmware = node.Firmware,
        EmptySlots = node.EmptySlots,
    };

    /// <summary><paramref name="node"/> carrying these parts (and empty slots) instead of its own.</summary>
    public ComputeNode ApplyTo(ComputeNode node) => node with
    {
        Processors = Processors,
        Memory = Memory,
        Accelerators = Accelerators,
        Drives = Drives,
        PcieDevices = PcieDevices,
        Firmware = Firmware,
        EmptySlots = EmptySlots,
    };

    /// <summary>Every part, kind by kind.</summary>
    public IEnumerable<Part> All() =>
        Processors.Cast<Part>().Concat(Memory).Concat(Accelerators).Concat(Drives).Concat(PcieDevices).Concat(Firmware);
}
