using Discovery.Scanning;

namespace Discovery.Pipeline;

/// <summary>What a scan found, and whether it could be kept as the last scan.</summary>
internal sealed record ScanJobResult
{
    /// <summary>The BMCs and the probe outcomes.</summary>
    public required ScanReport Report { get; init; }

    /// <summary>Addresses scanned.</summary>
    public ulong AddressCount { get; init; }

    /// <summary>The crawl-log run, or null when no log was written.</summary>
    public string? RunId { get; init; }

    /// <summary>Why the crawl log could not be written (it names the file; a full disk, say), or null.</summary>
    public string? LogFailure { get; init; }

    /// <summary>Wall time of the scan.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Why the last scan could not be saved, or null.</summary>
    public string? SaveFailure { get; init; }
}
