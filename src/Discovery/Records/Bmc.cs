namespace Discovery.Records;

/// <summary>A baseboard management controller (a Redfish service and its Manager).</summary>
internal sealed record Bmc
{
    /// <summary>Stable identifier, kept across crawls by the identity rules (ServiceRoot UUID, else MAC).</summary>
    public required Guid Id { get; init; }

    /// <summary>The BMC's xname (<c>x3000c0s1b0</c>).</summary>
    public string? Xname { get; init; }

    /// <summary>Where <see cref="Xname"/> came from: <c>id-map</c>, <c>location-map</c> or <c>derived</c> (see <see cref="Xnames.XnameSources"/>).</summary>
    public string? XnameSource { get; init; }

    /// <summary>The switch port its MAC was found on (<c>leaf1/Ethernet5</c>), when a location map was read.</summary>
    public string? SwitchPort { get; init; }

    /// <summary>The address the crawler connected to.</summary>
    public required string Ip { get; init; }

    /// <summary>The default Redfish (HTTPS) port.</summary>
    public const int DefaultPort = 443;

    /// <summary>The TCP port of the Redfish service; <see cref="DefaultPort"/> when absent (0 reads as absent: no service listens on it).</summary>
    // The init accessor restores the default because source-generated JSON sets every init-only property, to
    // default(T) when the JSON lacks it (dotnet/runtime#84484).
    public int Port { get; init => field = value == 0 ? DefaultPort : value; } = DefaultPort;

    /// <summary>MAC of the BMC's own NIC: the one carrying <see cref="Ip"/>, lower-case colon form.</summary>
    public string? Mac { get; init; }

    /// <summary>Fully qualified domain name, when the BMC reports one.</summary>
    public string? Fqdn { get; init; }

    /// <summary>Manufacturer (ServiceRoot <c>Vendor</c> or the Manager's).</summary>
    public string? Manufacturer { get; init; }

    /// <summary>Model of the manager.</summary>
    public string? Model { get; init; }

    /// <summary>BMC firmware version.</summary>
    public string? FirmwareVersion { get; init; }

    /// <summary>ServiceRoot <c>RedfishVersion</c>.</summary>
    public string? RedfishVersion { get; init; }

    /// <summary>ServiceRoot <c>UUID</c>, lower case.</summary>
    public string? ServiceUuid { get; init; }

    /// <summary>Manager type (<c>BMC</c>, <c>EnclosureManager</c>, ...).</summary>
    public string? ManagerType { get; init; }

    /// <summary>The BMC's own network interfaces.</summary>
    public IReadOnlyList<NetworkInterface> NetworkInterfaces { get; init => field = value ?? []; } = [];

    /// <summary>The controller's own firmware (and that of a node-less controller's parts): UpdateService entries no node owns.</summary>
    public IReadOnlyList<Parts.FirmwareItem> Firmware { get; init => field = value ?? []; } = [];

    /// <summary>When this BMC was first discovered.</summary>
    public DateTimeOffset? FirstSeen { get; init; }

    /// <summary>When this BMC was last seen.</summary>
    public DateTimeOffset? LastSeen { get; init; }

    /// <summary>Outcome of the last crawl (<c>ok</c>, <c>partial</c>, <c>auth_failed</c>, ...).</summary>
    public string? LastCrawlStatus { get; init; }
}
