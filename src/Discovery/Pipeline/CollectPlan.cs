using Discovery.Credentials;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Http;

namespace Discovery.Pipeline;

/// <summary>How the one collect sequence runs, in collect, crawl and each <c>discover run</c> pass alike.</summary>
internal sealed record CollectPlan
{
    /// <summary>Politeness, timeouts, retries and TLS towards the BMCs.</summary>
    public required RedfishClientOptions Client { get; init; }

    /// <summary>What to walk on each BMC.</summary>
    public CrawlProfile Profile { get; init; } = CrawlProfile.Inventory;

    /// <summary>BMCs collected at once.</summary>
    public int MaxParallelBmcs { get; init; } = 64;

    /// <summary>The id map (<c>--id-map</c>), or null to derive xnames.</summary>
    public string? IdMapPath { get; init; }

    /// <summary>The location map (<c>--location-map</c>), or null to name BMCs without switches.</summary>
    public string? LocationMapPath { get; init; }

    /// <summary>A switch port with more MACs than this is an uplink (<c>locate.uplink_macs</c>).</summary>
    public int UplinkMacThreshold { get; init; } = Locate.Locator.DefaultUplinkMacThreshold;

    /// <summary>Where pins, the last scan and the SMD state live.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>The BMC account registered with SMD for BMCs the credential provider has none for.</summary>
    public string Username { get; init; } = CredentialRequest.DefaultUsername;

    /// <summary>Where to upsert the records afterwards; null skips the store step.</summary>
    public StoreTarget? Store { get; init; }

    /// <summary>The SMD to register with afterwards; null skips the SMD step.</summary>
    public SmdStepSettings? Smd { get; init; }
}
