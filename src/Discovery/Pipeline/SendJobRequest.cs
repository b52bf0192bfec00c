namespace Discovery.Pipeline;

/// <summary>Which collect run to register with SMD, and how.</summary>
internal sealed record SendJobRequest
{
    /// <summary>The crawl log holding the run.</summary>
    public required string LogDirectory { get; init; }

    /// <summary>The collect run; null for the newest.</summary>
    public string? RunId { get; init; }

    /// <summary>SMD's URL, token and flags.</summary>
    public required SmdStepSettings Smd { get; init; }

    /// <summary>Where the SMD registration state lives.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>The BMC account registered for BMCs without a secrets-store entry.</summary>
    public required string FallbackUser { get; init; }
}
