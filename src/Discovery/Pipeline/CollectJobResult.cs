using Discovery.Redfish.Collect;

namespace Discovery.Pipeline;

/// <summary>What a collect did: a result per BMC, the crawl-log run, and the store and SMD steps when asked for.</summary>
internal sealed record CollectJobResult
{
    /// <summary>A result per target, in target order (records, no exchanges).</summary>
    public required CollectResult Run { get; init; }

    /// <summary>The crawl-log run, or null when no log was written.</summary>
    public string? RunId { get; init; }

    /// <summary>Why the crawl log could not be written (it names the file; a full disk, say), or null.</summary>
    public string? LogFailure { get; init; }

    /// <summary>The store step, or null when the plan had none.</summary>
    public StoreStepResult? Store { get; init; }

    /// <summary>Each location-map switch that could not be read (name, error); empty without a location map.</summary>
    public IReadOnlyList<Locate.SwitchTable> FailedSwitches { get; init; } = [];

    /// <summary>BMCs that answered but that the location map could not place; empty without a location map.</summary>
    public IReadOnlyList<UnplacedBmc> Unplaced { get; init; } = [];

    /// <summary>The SMD step, or null when the plan had none.</summary>
    public SmdStepResult? Smd { get; init; }
}
