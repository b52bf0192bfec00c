namespace Discovery.Scanning.State;

/// <summary>The BMCs of the most recent scan, kept so <c>discover collect</c> without targets can crawl them.</summary>
internal sealed record LastScan
{
    /// <summary>When the scan finished.</summary>
    public required DateTimeOffset ScannedAt { get; init; }

    /// <summary>The targets as the user wrote them (arguments and files), for display.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>The BMCs found, as in <see cref="ScanReport.Bmcs"/>.</summary>
    public required IReadOnlyList<DiscoveredBmc> Bmcs { get; init; }
}
