namespace Discovery.Records;

/// <summary>
/// A compute node (a Redfish ComputerSystem) as the inventory sees it. JSON names are snake_case, as in the
/// OpenCHAMI node-orchestration RFD.
/// </summary>
internal sealed record ComputeNode
{
    /// <summary>Stable identifier, kept across crawls by the identity rules (system UUID, else BMC + system URI).</summary>
    public required Guid Id { get; init; }

    /// <summary>The node's xname (<c>x3000c0s1b0n0</c>), from an id map or derived from its BMC.</summary>
    public string? Xname { get; init; }

    /// <summary>
    /// The node's host name (RFC 1123, lower case): the one people set, else the one the system reports when that is
    /// a valid host name. See <see cref="ReportedHostname"/> for what the BMC said.
    /// </summary>
    public string? Hostname { get; init; }

    /// <summary>
    /// Redfish <c>ComputerSystem.HostName</c> as the BMC reported it (trimmed), kept even when it is no host name (a real
    /// iLO reports <c>"Rack 3/Slot 9 Gen12"</c>): a reported fact, written by crawls only.
    /// </summary>
    public string? ReportedHostname { get; init; }

    /// <summary>CPU architecture (<c>x86_64</c>, <c>aarch64</c>), from the processors.</summary>
    public string? Arch { get; init; }

    /// <summary>System manufacturer, trimmed.</summary>
    public string? Manufacturer { get; init; }

    /// <summary>System model, trimmed.</summary>
    public string? Model { get; init; }

    /// <summary>System serial number, trimmed.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>The system UUID (Redfish <c>ComputerSystem.UUID</c>), lower case.</summary>
    public string? SystemUuid { get; init; }

    /// <summary>BIOS version.</summary>
    public string? BiosVersion { get; init; }

    /// <summary>Power state (<c>On</c>, <c>Off</c>, ...).</summary>
    public string? PowerState { get; init; }

    /// <summary>Number of processor sockets (not cores).</summary>
    public int? ProcessorCount { get; init; }

    /// <summary>Model of the first processor.</summary>
    public string? ProcessorModel { get; init; }

    /// <summary>Total system memory in GiB.</summary>
    public double? MemoryGib { get; init; }

    /// <summary>The MAC the node boots from (lower-case colon form), when known.</summary>
    public string? BootMac { get; init; }

    /// <summary>The node's management IP, when known.</summary>
    public string? ManagementIp { get; init; }

    /// <summary>Identifier of the BMC that manages this node.</summary>
    public Guid? BmcId { get; init; }

    /// <summary>Address of the BMC that manages this node.</summary>
    public string? BmcIp { get; init; }

    /// <summary>MAC of the BMC that manages this node.</summary>
    public string? BmcMac { get; init; }

    /// <summary>The node's network interfaces.</summary>
    // "?? []" because source-generated JSON sets missing init-only lists to null (dotnet/runtime#84484).
    public IReadOnlyList<NetworkInterface> NetworkInterfaces { get; init => field = value ?? []; } = [];

    /// <summary>The node's CPUs (issue 17: parts are a crawl's facts, kept in their own tables).</summary>
    public IReadOnlyList<Parts.Processor> Processors { get; init => field = value ?? []; } = [];

    /// <summary>The node's DIMMs.</summary>
    public IReadOnlyList<Parts.MemoryModule> Memory { get; init => field = value ?? []; } = [];

    /// <summary>The node's GPUs, FPGAs and DPUs.</summary>
    public IReadOnlyList<Parts.Accelerator> Accelerators { get; init => field = value ?? []; } = [];

    /// <summary>The node's disks.</summary>
    public IReadOnlyList<Parts.Drive> Drives { get; init => field = value ?? []; } = [];

    /// <summary>The node's PCIe devices.</summary>
    public IReadOnlyList<Parts.PcieDevice> PcieDevices { get; init => field = value ?? []; } = [];

    /// <summary>The firmware images that run on the node or its parts.</summary>
    public IReadOnlyList<Parts.FirmwareItem> Firmware { get; init => field = value ?? []; } = [];

    /// <summary>Sockets and slots the BMC reports empty (<c>Absent</c>).</summary>
    public IReadOnlyList<Parts.EmptySlot> EmptySlots { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Name of the <see cref="Records.BootProfile"/> attached to this node itself, if any. A node without one boots
    /// with its groups' profile: see <see cref="BootProfileResolver"/> for the effective profile.
    /// </summary>
    public string? BootProfile { get; init; }

    /// <summary>Names of the groups this node belongs to.</summary>
    public IReadOnlyList<string> Groups { get; init => field = value ?? []; } = [];

    /// <summary>The Redfish URI of the ComputerSystem (<c>/redfish/v1/Systems/1</c>).</summary>
    public string? RedfishUri { get; init; }

    /// <summary>When this node was first discovered.</summary>
    public DateTimeOffset? FirstSeen { get; init; }

    /// <summary>When this node was last seen by a crawl.</summary>
    public DateTimeOffset? LastSeen { get; init; }

    /// <summary>When this record last changed.</summary>
    public DateTimeOffset? LastUpdated { get; init; }
}
