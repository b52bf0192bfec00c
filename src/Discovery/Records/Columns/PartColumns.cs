using Discovery.Records.Parts;

namespace Discovery.Records.Columns;

/// <summary>
/// The columns of the part records (store tables and crawl-log tables <c>processors</c>, <c>memory</c>, ...): the
/// common ones first, <c>status</c> flattened to <c>status_state</c> and <c>status_health</c>, then the kind's own.
/// </summary>
internal static class PartColumns
{
    public static readonly RecordColumns<Processor> Processors = Common(() => new Processor { Id = Guid.Empty, OwnerId = Guid.Empty })
        .Int32("cores", p => p.Cores, (p, v) => p with { Cores = v })
        .Int32("threads", p => p.Threads, (p, v) => p with { Threads = v })
        .Int32("max_speed_mhz", p => p.MaxSpeedMhz, (p, v) => p with { MaxSpeedMhz = v })
        .Text("instruction_set", p => p.InstructionSet, (p, v) => p with { InstructionSet = v });

    public static readonly RecordColumns<MemoryModule> Memory = Common(() => new MemoryModule { Id = Guid.Empty, OwnerId = Guid.Empty })
        .Int64("capacity_mib", p => p.CapacityMib, (p, v) => p with { CapacityMib = v }, new("capacity in MiB"))
        .Text("memory_type", p => p.MemoryType, (p, v) => p with { MemoryType = v })
        .Int32("speed_mhz", p => p.SpeedMhz, (p, v) => p with { SpeedMhz = v });

    public static readonly RecordColumns<Accelerator> Accelerators = Common(() => new Accelerator { Id = Guid.Empty, OwnerId = Guid.Empty })
        .Text("accelerator_type", p => p.AcceleratorType, (p, v) => p with { AcceleratorType = v }, new("GPU, FPGA, ..."))
        .Int64("memory_mib", p => p.MemoryMib, (p, v) => p with { MemoryMib = v })
        .Text("firmware_version", p => p.FirmwareVersion, (p, v) => p with { FirmwareVersion = v });

    public static readonly RecordColumns<Drive> Drives = Common(() => new Drive { Id = Guid.Empty, OwnerId = Guid.Empty })
        .Int64("capacity_bytes", p => p.CapacityBytes, (p, v) => p with { CapacityBytes = v })
        .Text("media_type", p => p.MediaType, (p, v) => p with { MediaType = v }, new("HDD, SSD, ..."))
        .Text("protocol", p => p.Protocol, (p, v) => p with { Protocol = v }, new("SATA, NVMe, ..."))
        .Text("firmware_version", p => p.FirmwareVersion, (p, v) => p with { FirmwareVersion = v });

    public static readonly RecordColumns<PcieDevice> PcieDevices = Common(() => new PcieDevice { Id = Guid.Empty, OwnerId = Guid.Empty })
        .Text("vendor_id", p => p.VendorId, (p, v) => p with { VendorId = v }, new("PCI vendor id"))
        .Text("device_id", p => p.DeviceId, (p, v) => p with { DeviceId = v }, new("PCI device id"))
        .Text("device_type", p => p.DeviceType, (p, v) => p with { DeviceType = v })
        .Text("firmware_version", p => p.FirmwareVersion, (p, v) => p with { FirmwareVersion = v });

    public static readonly RecordColumns<FirmwareItem> Firmware = Common(() => new FirmwareItem { Id = Guid.Empty, OwnerId = Guid.Empty })
        .Text("name", p => p.Name, (p, v) => p with { Name = v }, new("firmware name (glob with *)"))
        .Text("firmware_version", p => p.FirmwareVersion, (p, v) => p with { FirmwareVersion = v }, new("version"))
        .Boolean("updateable", p => p.Updateable, (p, v) => p with { Updateable = v })
        .Text("related_item", p => p.RelatedItem, (p, v) => p with { RelatedItem = v });

    private static RecordColumns<T> Common<T>(Func<T> empty)
        where T : Part => new RecordColumns<T>(empty)
        .Uuid("id", p => p.Id, (p, v) => Set(p, p with { Id = v ?? Guid.Empty }), ColumnFilter.LowerCase("the part's id"))
        .Text("kind", p => p.Kind, (p, _) => p, new("part kind"))
        .Uuid("owner_id", p => p.OwnerId, (p, v) => Set(p, p with { OwnerId = v ?? Guid.Empty }), ColumnFilter.LowerCase("id of the owning node or BMC"))
        .Text("owner_kind", p => p.OwnerKind, (p, v) => Set(p, p with { OwnerKind = v ?? PartOwnerKinds.Node }), new("node or bmc"))
        .Text("location", p => p.Location, (p, v) => Set(p, p with { Location = v }), new("socket or slot (glob with *)"))
        .Text("manufacturer", p => p.Manufacturer, (p, v) => Set(p, p with { Manufacturer = v }), new("manufacturer (glob with *)"))
        .Text("model", p => p.Model, (p, v) => Set(p, p with { Model = v }), new("model (glob with *)"))
        .Text("serial_number", p => p.SerialNumber, (p, v) => Set(p, p with { SerialNumber = v }), new("serial number"))
        .Text("part_number", p => p.PartNumber, (p, v) => Set(p, p with { PartNumber = v }), new("part number"))
        .Text("status_state", p => p.Status.State, (p, v) => Set(p, p with { Status = p.Status with { State = v } }), new("Enabled, Absent, ..."))
        .Text("status_health", p => p.Status.Health, (p, v) => Set(p, p with { Status = p.Status with { Health = v } }), new("OK, Warning, Critical"))
        .Text("redfish_uri", p => p.RedfishUri, (p, v) => Set(p, p with { RedfishUri = v }));

    // "with" on a Part copies the runtime type (records clone virtually), so the copy is a T again.
    private static T Set<T>(T _, Part copy)
        where T : Part => (T)copy;
}
