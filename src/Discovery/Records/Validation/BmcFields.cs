namespace Discovery.Records.Validation;

/// <summary>The field table of <see cref="Bmc"/>.</summary>
internal static class BmcFields
{
    public static IReadOnlyList<FieldSpec> Create() =>
    [
        new("id", "Stable identifier, kept across crawls (ServiceRoot UUID, else MAC)."),
        new("xname", "The BMC's xname; stored in canonical form (lower case, no leading zeros).") { Rule = ValueRules.BmcXname },
        new("xname_source", "Where the xname came from: id-map, location-map or derived.") { ServerManaged = true },
        new("switch_port", "The switch and port (switch/port) the BMC's MAC was found on by the location map's SNMP walk.") { ServerManaged = true },
        new("ip", "The address of the Redfish service; stored in canonical form.") { Rule = ValueRules.IpAddress },
        new("port", "TCP port of the Redfish service; absent or 0 means 443.") { Rule = ValueRules.Port },
        new("mac", "MAC address of the BMC's own NIC (the one carrying ip); stored lower-case, colon-separated.") { Rule = ValueRules.Mac },
        new("fqdn", "Fully qualified domain name; stored lower case without a final dot.") { Rule = ValueRules.Fqdn },
        new("manufacturer", "Manufacturer."),
        new("model", "Model of the manager."),
        new("firmware_version", "BMC firmware version."),
        new("redfish_version", "ServiceRoot RedfishVersion."),
        new("service_uuid", "ServiceRoot UUID; stored lower case.") { Rule = ValueRules.Uuid },
        new("manager_type", "Redfish manager type (BMC, EnclosureManager, ...)."),
        new("network_interfaces", "The BMC's own network interfaces.") { Items = RecordDefinitions.NetworkInterface },
        new("firmware", "Firmware of the controller itself, from UpdateService FirmwareInventory.") { Items = Parts.PartDefinitions.All[5], ServerManaged = true },
        new("first_seen", "When a scan or crawl first found this BMC.") { ServerManaged = true },
        new("last_seen", "When a scan or crawl last found this BMC.") { ServerManaged = true },
        new("last_crawl_status", "Outcome of the last crawl (ok, partial, auth_failed, ...).") { ServerManaged = true },
    ];
}
