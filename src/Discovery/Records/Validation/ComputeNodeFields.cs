namespace Discovery.Records.Validation;

/// <summary>The field table of <see cref="ComputeNode"/>.</summary>
internal static class ComputeNodeFields
{
    public static IReadOnlyList<FieldSpec> Create() =>
    [
        new("id", "Stable identifier, kept across crawls (system UUID, else BMC + system URI)."),
        new("xname", "The node's xname; stored in canonical form (lower case, no leading zeros).") { Rule = ValueRules.NodeXname },
        new("hostname", "Host name; stored lower case. A crawl sets it only from a reported name that is a valid host name.") { Rule = ValueRules.Hostname },
        new("reported_hostname", "Redfish ComputerSystem.HostName as the BMC reported it (trimmed), even when it is no valid host name.") { ServerManaged = true },
        new("arch", "CPU architecture.") { Rule = ValueRules.Architecture },
        new("manufacturer", "System manufacturer."),
        new("model", "System model."),
        new("serial_number", "System serial number."),
        new("system_uuid", "Redfish ComputerSystem UUID; stored lower case.") { Rule = ValueRules.Uuid },
        new("bios_version", "BIOS version."),
        new("power_state", "Redfish power state.") { Rule = ValueRules.PowerState },
        new("processor_count", "Number of processor sockets (not cores).") { Rule = ValueRules.NonNegative },
        new("processor_model", "Model of the first processor."),
        new("memory_gib", "Total system memory in GiB.") { Rule = ValueRules.NonNegative },
        new("boot_mac", "MAC address the node boots from; stored lower-case, colon-separated.") { Rule = ValueRules.Mac },
        new("management_ip", "The node's management IP address.") { Rule = ValueRules.IpAddress },
        new("bmc_id", "Id of the BMC that manages this node."),
        new("bmc_ip", "IP address of the BMC that manages this node.") { Rule = ValueRules.IpAddress },
        new("bmc_mac", "MAC address of the BMC that manages this node; stored lower-case, colon-separated.") { Rule = ValueRules.Mac },
        new("network_interfaces", "The node's network interfaces.") { Items = RecordDefinitions.NetworkInterface },
        new("processors", "The node's CPUs, as the last crawl reported them.") { Items = Parts.PartDefinitions.All[0], ServerManaged = true },
        new("memory", "The node's DIMMs (absent slots are empty_slots).") { Items = Parts.PartDefinitions.All[1], ServerManaged = true },
        new("accelerators", "The node's GPUs, FPGAs and DPUs.") { Items = Parts.PartDefinitions.All[2], ServerManaged = true },
        new("drives", "The node's disks.") { Items = Parts.PartDefinitions.All[3], ServerManaged = true },
        new("pcie_devices", "The node's PCIe devices.") { Items = Parts.PartDefinitions.All[4], ServerManaged = true },
        new("firmware", "Firmware images of the node and its parts.") { Items = Parts.PartDefinitions.All[5], ServerManaged = true },
        new("empty_slots", "Sockets and slots the BMC reports Absent: locations, not parts.") { Items = Parts.PartDefinitions.EmptySlot, ServerManaged = true },
        new("boot_profile", "Name of the BootProfile attached to this node itself; without one the node boots with its first group's (in name order).") { Rule = ValueRules.Name },
        new("groups", "Names of the NodeGroups this node belongs to; a set, stored sorted.") { Rule = ValueRules.Name, IsSet = true },
        new("redfish_uri", "Redfish URI of the ComputerSystem.") { Rule = ValueRules.AbsolutePath },
        new("first_seen", "When a crawl first found this node.") { ServerManaged = true },
        new("last_seen", "When a crawl last found this node.") { ServerManaged = true },
        new("last_updated", "When this record last changed.") { ServerManaged = true },
    ];
}
