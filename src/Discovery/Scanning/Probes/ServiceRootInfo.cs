namespace Discovery.Scanning.Probes;

/// <summary>What an unauthenticated ServiceRoot (/redfish/v1/) tells about a BMC.</summary>
internal sealed record ServiceRootInfo
{
    /// <summary>The service UUID, lower case; null when the BMC does not publish one (Cray EX controllers).</summary>
    public string? Uuid { get; init; }

    /// <summary>RedfishVersion, e.g. "1.6.0".</summary>
    public string? RedfishVersion { get; init; }

    /// <summary>Vendor, or inferred from the single Oem key when Vendor is absent (Redfish before 1.5).</summary>
    public string? Vendor { get; init; }

    /// <summary>Product, e.g. "ProLiant DL325 Gen10 Plus".</summary>
    public string? Product { get; init; }

    /// <summary>Name of the service, e.g. "Root Service".</summary>
    public string? Name { get; init; }
}
