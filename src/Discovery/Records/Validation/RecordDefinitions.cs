namespace Discovery.Records.Validation;

/// <summary>The six inventory record kinds and their field tables (and the nested boot set's).</summary>
internal static class RecordDefinitions
{
    // NetworkInterface first: the node and BMC tables refer to it while this class initialises.
    public static readonly RecordDefinition NetworkInterface = new(
        "NetworkInterface", "A network interface of a node or of a BMC (a Redfish EthernetInterface).",
        InventoryJsonContext.Default.NetworkInterface, NetworkInterfaceFields.Create());

    // Boot sets likewise, for session templates.
    public static readonly RecordDefinition BootSet = new(
        "BootSet", "A boot set of a SessionTemplate (BOS v2 V2BootSet): the nodes and the boot profile they boot with.",
        InventoryJsonContext.Default.BootSet, SessionTemplateFields.BootSet());

    public static readonly RecordDefinition ComputeNode = new(
        "ComputeNode", "A compute node (a Redfish ComputerSystem) as the discover inventory sees it.",
        InventoryJsonContext.Default.ComputeNode, ComputeNodeFields.Create());

    public static readonly RecordDefinition Bmc = new(
        "Bmc", "A baseboard management controller (a Redfish service and its Manager).",
        InventoryJsonContext.Default.Bmc, BmcFields.Create());

    public static readonly RecordDefinition NodeGroup = new(
        "NodeGroup", "A named set of nodes with labels and an optional boot profile for its members.",
        InventoryJsonContext.Default.NodeGroup, NodeGroupFields.Create());

    public static readonly RecordDefinition BootProfile = new(
        "BootProfile", "How a node boots: kernel, initrd, image, kernel parameters and cloud-init data.",
        InventoryJsonContext.Default.BootProfile, BootProfileFields.Create());

    public static readonly RecordDefinition SessionTemplate = new(
        "SessionTemplate", "A BOS v2 session template: boot sets naming the boot profile their nodes and groups boot with.",
        InventoryJsonContext.Default.SessionTemplate, SessionTemplateFields.Create());

    public static IReadOnlyList<RecordDefinition> All { get; } = [ComputeNode, Bmc, NetworkInterface, NodeGroup, BootProfile, SessionTemplate];

    /// <summary>Every record with a JSON Schema: the six above, then the parts (read-only, never applied).</summary>
    public static IReadOnlyList<RecordDefinition> WithSchemas { get; } = [.. All, .. Parts.PartDefinitions.All];

    /// <summary>The definition of the record type <paramref name="type"/> (a boot set, a part or its status too), or null.</summary>
    public static RecordDefinition? ForType(Type type) =>
        type == typeof(Records.BootSet) ? BootSet
        : WithSchemas.FirstOrDefault(d => d.TypeInfo.Type == type)
        ?? (type == typeof(Parts.PartStatus) ? Parts.PartDefinitions.Status : null)
        ?? (type == typeof(Parts.EmptySlot) ? Parts.PartDefinitions.EmptySlot : null)
        // The fields every part shares are declared on Part; each part's table describes them alike.
        ?? (type == typeof(Parts.Part) ? Parts.PartDefinitions.All[0] : null);

    /// <summary>The definition named <paramref name="name"/> (ordinal), or null.</summary>
    public static RecordDefinition? ForName(string name) => All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
}
