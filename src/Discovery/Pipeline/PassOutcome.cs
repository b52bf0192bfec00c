using System.Text.Json.Serialization;
using Discovery.Redfish.Collect;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Pipeline;

/// <summary>What one <c>discover run</c> pass did: the report of <c>run -o json</c>, and the input of its exit code.</summary>
internal sealed record PassOutcome
{
    public required string RunId { get; init; }

    /// <summary><c>complete</c>, or <c>partial</c> when a BMC failed or the deadline cut the pass short.</summary>
    public required string Status { get; init; }

    public bool DeadlineHit { get; init; }

    public ulong AddressesScanned { get; init; }

    public int BmcsFound { get; init; }

    public int BmcsOk => Results.Count(r => r.Status == BmcCollectStatus.Ok);

    public int BmcsFailed => Results.Count - BmcsOk;

    public int Nodes => Results.Sum(r => r.Nodes.Count);

    /// <summary>The BMCs that were not ok, as <c>address: status message</c>.</summary>
    public IReadOnlyList<string> Failures =>
        [.. Results.Where(r => r.Status != BmcCollectStatus.Ok).Select(r => $"{r.Target.Endpoint}: {BmcCollectStatusNames.Of(r.Status)} {r.Message}".TrimEnd())];

    /// <summary>Per-BMC results (records included, exchanges not), for the store and SMD steps; the counts derive from them.</summary>
    [JsonIgnore]
    public IReadOnlyList<BmcCollectResult> Results { get; init; } = [];

    /// <summary>Crawl-log partitions removed by retention (<c>table/date=...</c>).</summary>
    public IReadOnlyList<string> RemovedPartitions { get; init; } = [];

    /// <summary>With a location map: a line per switch that could not be read and per BMC that could not be placed (with its MAC).</summary>
    public IReadOnlyList<string> LocationProblems { get; init; } = [];

    /// <summary>With a location map: how many of its switches could not be read (the pass then exits 1).</summary>
    public int SwitchesFailed { get; init; }

    /// <summary>What changed against the earlier passes; null when this pass's crawl log could not be written (the report reads it).</summary>
    public CrawlChangeReport? Changes { get; init; }

    /// <summary>Why this pass's crawl log could not be written (it names the file; a full disk, say), or null.</summary>
    public string? LogFailure { get; init; }

    /// <summary>The store step, or null when it was off.</summary>
    [JsonIgnore]
    public StoreStepResult? Store { get; init; }

    /// <summary>The SMD step, or null when no SMD was configured.</summary>
    [JsonIgnore]
    public SmdStepResult? Smd { get; init; }

    /// <summary>The boot step (BSS and cloud-init), or null when neither <c>boot.bss_url</c> nor <c>boot.cloud_init_url</c> was set.</summary>
    public BootStepResult? Boot { get; init; }

    /// <summary>True when the store step was on and did not take every record.</summary>
    public bool StoreFailed => Store is { Failed: true };

    /// <summary>True when the SMD step was configured and did not register everything.</summary>
    public bool SmdFailed => Smd is { AllOk: false };

    /// <summary>True when the boot step ran and BSS, cloud-init or the store failed it (skipped at the deadline is not failed).</summary>
    public bool BootFailed => Boot is { Failed: true };

    [JsonIgnore]
    public TimeSpan Elapsed { get; init; }

    /// <summary>The pass's wall time in seconds (JSON).</summary>
    public double ElapsedSeconds => Math.Round(Elapsed.TotalSeconds, 3);
}
