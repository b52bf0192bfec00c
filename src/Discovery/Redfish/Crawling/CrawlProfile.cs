namespace Discovery.Redfish.Crawling;

/// <summary>Which part of a Redfish tree the crawler walks.</summary>
internal enum CrawlProfile
{
    /// <summary>
    /// What inventory needs: Systems with EthernetInterfaces, Processors, Memory, Storage (with Drives),
    /// SimpleStorage, GraphicsControllers, PCIeDevices and NetworkInterfaces; Managers with EthernetInterfaces,
    /// NetworkProtocol and HostInterfaces; Chassis with NetworkAdapters and PCIeDevices (with PCIeFunctions);
    /// UpdateService FirmwareInventory.
    /// </summary>
    Inventory,

    /// <summary>Everything reachable except JsonSchemas, Registries, log entries and <c>$metadata</c>.</summary>
    Full,

    /// <summary>
    /// <see cref="Inventory"/> without parts (issue 17): no GraphicsControllers, SimpleStorage or PCIeDevices, and no
    /// part records mapped; what discover walked before, for a cheaper collect and the cost figure of parts.
    /// </summary>
    Nodes,
}
