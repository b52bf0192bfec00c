namespace Discovery.MockBmc;

/// <summary>Faults an instance injects into its answers. The default (<see cref="None"/>) injects nothing.</summary>
public sealed record MockFaults
{
    /// <summary>In <see cref="MalformedJsonPaths"/> or <see cref="TruncatedJsonPaths"/>: every path but the two roots.</summary>
    public const string EveryPath = "*";

    /// <summary>No faults at all.</summary>
    public static MockFaults None { get; } = new();

    /// <summary>Fixed delay added before every answer.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Extra random delay, uniform in [0, Jitter), added before every answer (drawn from the fleet seed).</summary>
    public TimeSpan Jitter { get; init; }

    /// <summary>Share (0..1) of answers, other than <c>/redfish</c> and <c>/redfish/v1</c>, that are 500 or 503; 503 carries <c>Retry-After: 1</c>.</summary>
    public double ErrorRate { get; init; }

    /// <summary>
    /// When set, every session login (POST to <c>SessionService/Sessions</c>) answers this HTTP status with a
    /// GeneralError body and no <c>Retry-After</c>: a BMC that refuses service (503) rather than the credentials.
    /// </summary>
    public int? LoginStatus { get; init; }

    /// <summary>The instance accepts TCP connections and never answers nor closes them.</summary>
    public bool Hang { get; init; }

    /// <summary>
    /// Resource URIs (any case, with or without trailing slash) that answer 200 with syntactically broken JSON;
    /// <see cref="EveryPath"/> breaks every answer except <c>/redfish</c> and <c>/redfish/v1</c> (so scans still find the BMC).
    /// </summary>
    public IReadOnlyList<string> MalformedJsonPaths { get; init; } = [];

    /// <summary>Resource URIs that answer 200 with the first half of their body only (Content-Length matches the cut body); <see cref="EveryPath"/> as above.</summary>
    public IReadOnlyList<string> TruncatedJsonPaths { get; init; } = [];

    /// <summary>When set, every <c>/redfish/v1/Systems/{id}</c> body is padded with whitespace to at least this many bytes.</summary>
    public long? OversizedBodyBytes { get; init; }

    /// <summary>
    /// Adds <c>/redfish/v1/MockCycle</c> (linked from the ServiceRoot) whose members link to each other in a loop and
    /// back to the ServiceRoot, and a <c>Members@odata.nextLink</c> on the Systems and MockCycle collections that
    /// points back at the same page.
    /// </summary>
    public bool LinkCycle { get; init; }

    /// <summary>When set, replaces the <c>FirmwareVersion</c> of every Manager.</summary>
    public string? FirmwareVersion { get; init; }

    /// <summary>
    /// When set, the first DIMM (a Systems/*/Memory member in URI order that reports a <c>SerialNumber</c>) serves this
    /// serial instead: the DIMM in that slot was swapped between two crawls (issue 17).
    /// </summary>
    public string? DimmSerial { get; init; }

    /// <summary>Every login is refused with 503 <c>SessionLimitExceeded</c>, as when leaked sessions fill a BMC's table.</summary>
    public bool SessionTableFull { get; init; }

    /// <summary>
    /// The instance rejects every password, the fleet's included (Basic and session login answer 401), as a BMC whose
    /// password was changed behind the inventory's back. An instance with its own password (<see cref="MockFleetOptions.InstancePasswords"/>)
    /// needs no such fault: it rejects the fleet's password and accepts its own.
    /// </summary>
    public bool WrongPassword { get; init; }

    /// <summary>ComputerSystem.Reset is accepted (204) and counted, yet the PowerState never changes: a BMC whose host ignores it.</summary>
    public bool PowerStuck { get; init; }
}
