using Discovery.Records.Validation;

namespace Discovery.Records.Parts;

/// <summary>
/// The field tables of the part records, for their JSON Schemas. Parts are facts a BMC reported and discover wrote,
/// never input people apply: every field is read-only and no value rule refuses anything.
/// </summary>
internal static class PartFields
{
    public static IReadOnlyList<FieldSpec> Status() =>
    [
        Field("state", "Redfish Status.State as reported (Enabled, Disabled, StandbyOffline, ...)."),
        Field("health", "Redfish Status.Health as reported (OK, Warning, Critical)."),
    ];

    public static IReadOnlyList<FieldSpec> EmptySlot() =>
    [
        Field("kind", "The kind of part the slot takes."),
        Field("location", "The slot's location."),
        Field("redfish_uri", "Redfish URI that reported the slot."),
    ];

    public static IReadOnlyList<FieldSpec> Processor() => Common(
        Field("cores", "Number of cores (TotalCores)."),
        Field("threads", "Number of hardware threads (TotalThreads)."),
        Field("max_speed_mhz", "Maximum speed in MHz (MaxSpeedMHz)."),
        Field("instruction_set", "Instruction set as reported (x86-64, ARM-A64, ...)."));

    public static IReadOnlyList<FieldSpec> Memory() => Common(
        Field("capacity_mib", "Capacity in MiB (CapacityMiB)."),
        Field("memory_type", "Memory device type (DDR4, DDR5, ...)."),
        Field("speed_mhz", "Operating speed in MHz."));

    public static IReadOnlyList<FieldSpec> Accelerator() => Common(
        Field("accelerator_type", "GPU, FPGA, Accelerator, ... as reported (GPU for a GraphicsController)."),
        Field("memory_mib", "On-board memory in MiB, when reported."),
        Field("firmware_version", "Firmware version as reported."));

    public static IReadOnlyList<FieldSpec> Drive() => Common(
        Field("capacity_bytes", "Capacity in bytes (CapacityBytes)."),
        Field("media_type", "HDD, SSD, ... (MediaType)."),
        Field("protocol", "SATA, SAS, NVMe, ... (Protocol)."),
        Field("firmware_version", "Firmware revision (Revision)."));

    public static IReadOnlyList<FieldSpec> PcieDevice() => Common(
        Field("vendor_id", "PCI vendor id as reported (0x8086)."),
        Field("device_id", "PCI device id as reported."),
        Field("device_type", "SingleFunction, MultiFunction, ... as reported."),
        Field("firmware_version", "Firmware version as reported."));

    public static IReadOnlyList<FieldSpec> Firmware() => Common(
        Field("name", "The firmware entry's name."),
        Field("firmware_version", "Version as reported (Redfish Version)."),
        Field("updateable", "Whether the BMC says the image can be updated."),
        Field("related_item", "Redfish URI of the part or controller the image belongs to (its first RelatedItem)."));

    private static IReadOnlyList<FieldSpec> Common(params FieldSpec[] own) =>
    [
        Field("id", "Stable identifier of the part (kept across moves between nodes by the FRU identity rules)."),
        Field("kind", "processor, memory, accelerator, drive, pcie_device or firmware."),
        Field("owner_id", "Id of the node (or BMC) the part belongs to."),
        Field("owner_kind", "node, or bmc for the controller's own firmware."),
        Field("location", "Socket, slot or bay: the service label when reported, else the Redfish Id."),
        Field("manufacturer", "Manufacturer, trimmed."),
        Field("model", "Model, trimmed."),
        Field("serial_number", "Serial number, trimmed; absent when the BMC reports none."),
        Field("part_number", "Part number, trimmed."),
        new("status", "Redfish Status: state and health as reported.") { Items = PartDefinitions.Status, ServerManaged = true },
        Field("redfish_uri", "Redfish URI the part was read from."),
        .. own,
    ];

    private static FieldSpec Field(string name, string description) => new(name, description) { ServerManaged = true };
}
