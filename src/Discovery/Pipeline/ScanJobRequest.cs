using Discovery.Scanning;

namespace Discovery.Pipeline;

/// <summary>One scan as the user asked for it.</summary>
internal sealed record ScanJobRequest
{
    /// <summary>Targets, ports, concurrency, timeout and the extra probes.</summary>
    public required ScanRequest Scan { get; init; }

    /// <summary>The targets as written, for the saved scan and the log's description.</summary>
    public required IReadOnlyList<string> TargetTexts { get; init; }

    /// <summary>The crawl log to write, or null for none.</summary>
    public string? LogDirectory { get; init; }

    /// <summary>Where the result is kept as the last scan (for <c>collect</c> without targets).</summary>
    public required string StateDirectory { get; init; }
}
