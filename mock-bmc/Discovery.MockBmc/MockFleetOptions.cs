using System.Net;

namespace Discovery.MockBmc;

/// <summary>What <see cref="MockFleet.StartAsync"/> serves and how.</summary>
public sealed class MockFleetOptions
{
    /// <summary>
    /// Required. Mockup folders, either the tall form (contains <c>redfish/v1/index.json</c>) or the short form
    /// (the folder itself is <c>/redfish/v1</c>). Instances are assigned round-robin over this list.
    /// </summary>
    public required IReadOnlyList<string> MockupDirectories { get; init; }

    /// <summary>Number of instances (default 1).</summary>
    public int Count { get; init; } = 1;

    /// <summary>Address of instance 0; instance i binds this address plus i (default 127.0.0.2). IPv4 only.</summary>
    public IPAddress FirstAddress { get; init; } = IPAddress.Parse("127.0.0.2");

    /// <summary>TCP port shared by every instance; 0 (default) picks one free port for the whole fleet.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Serve HTTPS (default false: plain HTTP). Each instance has its own ECDSA P-256 certificate, issued by one CA made
    /// for the fleet; the fleet issues them in parallel at start (a few milliseconds each).
    /// </summary>
    public bool Tls { get; init; }

    /// <summary>The simulator's own account name (default "admin").</summary>
    public string Username { get; init; } = "admin";

    /// <summary>The simulator's own account password (default "password"). A test account, never a real secret.</summary>
    public string Password { get; init; } = "password";

    /// <summary>Open sessions per instance past which logins are refused with 503 (default 16, as on iDRAC).</summary>
    public int SessionLimit { get; init; } = 16;

    /// <summary>Whether identities are rewritten per instance (default) or served as in the mockup.</summary>
    public MockIdentityMode Identity { get; init; } = MockIdentityMode.Rewrite;

    /// <summary>Seed for rewritten identities and for fault randomness (error share, jitter); default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Faults applied to every instance without an entry in <see cref="InstanceFaults"/>.</summary>
    public MockFaults Faults { get; init; } = MockFaults.None;

    /// <summary>Faults by instance index; an entry replaces <see cref="Faults"/> for that instance.</summary>
    public IReadOnlyDictionary<int, MockFaults> InstanceFaults { get; init; } = new Dictionary<int, MockFaults>();

    /// <summary>Own account passwords by instance index: that instance rejects <see cref="Password"/> and accepts this one.</summary>
    public IReadOnlyDictionary<int, string> InstancePasswords { get; init; } = new Dictionary<int, string>();

    /// <summary>
    /// How long a system spends PoweringOn / PoweringOff after an accepted ComputerSystem.Reset before its PowerState
    /// reads the target (default zero: at once). Measured on the fleet's clock.
    /// </summary>
    public TimeSpan PowerDelay { get; init; }

    /// <summary>When set, each instance answers unicast SSDP M-SEARCH on UDP Address:SsdpPort (0 = a free port per instance).</summary>
    public int? SsdpPort { get; init; }

    /// <summary>When set, each instance answers the RMCP/ASF presence ping on UDP Address:IpmiPort (0 = a free port per instance).</summary>
    public int? IpmiPort { get; init; }
}
