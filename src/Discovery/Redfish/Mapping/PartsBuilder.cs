using Discovery.Records.Parts;

namespace Discovery.Redfish.Mapping;

/// <summary>Collects one owner's parts while the part mappers run, then freezes them as <see cref="NodeParts"/>.</summary>
internal sealed class PartsBuilder
{
    public List<Processor> Processors { get; } = [];

    public List<MemoryModule> Memory { get; } = [];

    public List<Accelerator> Accelerators { get; } = [];

    public List<Drive> Drives { get; } = [];

    public List<PcieDevice> PcieDevices { get; } = [];

    public List<FirmwareItem> Firmware { get; } = [];

    public List<EmptySlot> EmptySlots { get; } = [];

    public NodeParts Build() => new()
    {
        Processors = [.. Processors],
        Memory = [.. Memory],
        Accelerators = [.. Accelerators],
        Drives = [.. Drives],
        PcieDevices = [.. PcieDevices],
        Firmware = [.. Firmware],
        EmptySlots = [.. EmptySlots],
    };
}
