using Discovery.Smd.Http;

namespace Discovery.Pipeline;

/// <summary>Where SMD is and how to register with it (collect --smd, send, run with smd.url).</summary>
internal sealed record SmdStepSettings
{
    /// <summary>SMD's URL, token, CA and retries.</summary>
    public required SmdClientOptions Client { get; init; }

    /// <summary>Put each BMC's password into its RedfishEndpoint.</summary>
    public bool SendPassword { get; init; }

    /// <summary>Contact no SMD; plan the writes only.</summary>
    public bool DryRun { get; init; }

    /// <summary>Send every BMC, also those SMD confirmed unchanged.</summary>
    public bool Force { get; init; }
}
