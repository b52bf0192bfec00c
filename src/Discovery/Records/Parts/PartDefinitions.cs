using Discovery.Records.Validation;

namespace Discovery.Records.Parts;

/// <summary>The part records' definitions: schemas only (<c>discover schemas</c>, <c>/schemas/{name}.json</c>); nobody applies parts.</summary>
internal static class PartDefinitions
{
    // Status first: the other tables refer to it while this class initialises.
    public static readonly RecordDefinition Status = new(
        "PartStatus", "Redfish Status of a part: state and health as reported.",
        InventoryJsonContext.Default.PartStatus, PartFields.Status());

    public static readonly RecordDefinition EmptySlot = new(
        "EmptySlot", "A socket or slot the BMC reports Absent.",
        InventoryJsonContext.Default.EmptySlot, PartFields.EmptySlot());

    public static IReadOnlyList<RecordDefinition> All { get; } =
    [
        new("Processor", "A CPU of a node (a Redfish Processor of type CPU).", InventoryJsonContext.Default.Processor, PartFields.Processor()),
        new("MemoryModule", "A DIMM of a node (a Redfish Memory).", InventoryJsonContext.Default.MemoryModule, PartFields.Memory()),
        new("Accelerator", "A GPU, FPGA or DPU of a node (a Redfish Processor of another type, or a GraphicsController).",
            InventoryJsonContext.Default.Accelerator, PartFields.Accelerator()),
        new("Drive", "A disk of a node (a Redfish Drive or SimpleStorage device).", InventoryJsonContext.Default.Drive, PartFields.Drive()),
        new("PcieDevice", "A PCIe device of a node (a Redfish PCIeDevice).", InventoryJsonContext.Default.PcieDevice, PartFields.PcieDevice()),
        new("FirmwareItem", "A firmware image (UpdateService FirmwareInventory) and what it runs on.",
            InventoryJsonContext.Default.FirmwareItem, PartFields.Firmware()),
    ];
}
