namespace Discovery.CrawlLog;

/// <summary>One probe of one target in a scan: a row of the crawl log's <c>scans</c> table.</summary>
internal sealed record ScanLogRow
{
    /// <summary>When the probe started (stored as UTC).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The probed address (IP or host name).</summary>
    public required string Address { get; init; }

    /// <summary>The probed port; null for portless probes.</summary>
    public int? Port { get; init; }

    /// <summary>What was probed: <c>tcp</c>, <c>redfish_root</c>, <c>ssdp</c>, <c>ipmi_rmcp</c>, ...</summary>
    public required string Probe { get; init; }

    /// <summary>Outcome (<c>open</c>, <c>closed</c>, <c>timeout</c>, <c>redfish</c>, <c>not_redfish</c>, ...).</summary>
    public required string Status { get; init; }

    /// <summary>Duration of the probe in milliseconds.</summary>
    public double? ElapsedMs { get; init; }

    /// <summary>ServiceRoot <c>RedfishVersion</c>, when the probe read one.</summary>
    public string? RedfishVersion { get; init; }

    /// <summary>ServiceRoot <c>UUID</c>, when the probe read one.</summary>
    public string? ServiceUuid { get; init; }

    /// <summary>ServiceRoot <c>Vendor</c>, when reported.</summary>
    public string? Vendor { get; init; }

    /// <summary>ServiceRoot <c>Product</c>, when reported.</summary>
    public string? Product { get; init; }

    /// <summary>Error text when the probe failed (scrubbed of secrets before it is written).</summary>
    public string? Error { get; init; }
}
