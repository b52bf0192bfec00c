using Discovery.Smd.Http;

namespace Discovery.Cli.Commands;

/// <summary>What <see cref="SmdOptions"/> parsed: where SMD is and how to send.</summary>
internal sealed record SmdSettings
{
    /// <summary>SMD's URL, token, CA and retries.</summary>
    public required SmdClientOptions Client { get; init; }

    /// <summary><c>--send-bmc-password</c>.</summary>
    public bool SendPassword { get; init; }

    /// <summary><c>--dry-run</c>.</summary>
    public bool DryRun { get; init; }

    /// <summary><c>--force</c>.</summary>
    public bool Force { get; init; }
}
