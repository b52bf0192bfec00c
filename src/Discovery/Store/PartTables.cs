using Discovery.Records.Columns;
using Discovery.Records.Parts;

namespace Discovery.Store;

/// <summary>
/// The store's part tables (issue 17), one per kind, made from the parts' column maps like the record tables; every
/// row names its owner (<c>owner_id</c>: a node, or a BMC for its firmware). Included in snapshots and restores.
/// </summary>
internal static class PartTables
{
    public static readonly RecordTable<Processor> Processors = new("processors", PartColumns.Processors, indexes: ["owner_id"]);

    public static readonly RecordTable<MemoryModule> Memory = new("memory", PartColumns.Memory, indexes: ["owner_id", "serial_number"]);

    public static readonly RecordTable<Accelerator> Accelerators = new("accelerators", PartColumns.Accelerators, indexes: ["owner_id"]);

    public static readonly RecordTable<Drive> Drives = new("drives", PartColumns.Drives, indexes: ["owner_id"]);

    public static readonly RecordTable<PcieDevice> PcieDevices = new("pcie_devices", PartColumns.PcieDevices, indexes: ["owner_id"]);

    public static readonly RecordTable<FirmwareItem> Firmware = new("firmware", PartColumns.Firmware, indexes: ["owner_id"]);

    /// <summary>Every part table.</summary>
    public static readonly IReadOnlyList<StoreTable> All =
        [Processors.Table, Memory.Table, Accelerators.Table, Drives.Table, PcieDevices.Table, Firmware.Table];

    /// <summary>The table of part kind <paramref name="kind"/> (<see cref="PartKinds"/>).</summary>
    public static StoreTable Of(string kind) => kind switch
    {
        PartKinds.Processor => Processors.Table,
        PartKinds.Memory => Memory.Table,
        PartKinds.Accelerator => Accelerators.Table,
        PartKinds.Drive => Drives.Table,
        PartKinds.PcieDevice => PcieDevices.Table,
        _ => Firmware.Table,
    };
}
