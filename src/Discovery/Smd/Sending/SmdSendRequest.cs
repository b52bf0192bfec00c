using Discovery.Credentials;
using Discovery.Redfish.Mapping;

namespace Discovery.Smd.Sending;

/// <summary>One send: which BMCs, with which account, and how.</summary>
internal sealed record SmdSendRequest
{
    /// <summary>
    /// The BMCs and their nodes: from a live collect, a crawl-log run, or (later) the inventory store; every
    /// source goes through this one list.
    /// </summary>
    public required IReadOnlyList<MappedInventory> Inventories { get; init; }

    /// <summary>Gives each BMC's account (looked up by <c>Bmc.Ip</c>) for the body's <c>User</c> (and <c>Password</c>); may be null.</summary>
    public ICredentialProvider? Credentials { get; init; }

    /// <summary>The <c>User</c> of BMCs that <see cref="Credentials"/> has no account for. Default empty.</summary>
    public string FallbackUser { get; init; } = string.Empty;

    /// <summary>Put the BMC password into the body (never into output). Default false.</summary>
    public bool SendPassword { get; init; }

    /// <summary>Contact nothing; list the requests that would be sent in <see cref="SmdSendResult.Planned"/>.</summary>
    public bool DryRun { get; init; }

    /// <summary>Send every BMC, even those unchanged since SMD last confirmed them.</summary>
    public bool Force { get; init; }

    /// <summary>BMCs registered at once. Default 8 (SMD is one service; be gentle).</summary>
    public int MaxParallel { get; init; } = 8;
}
