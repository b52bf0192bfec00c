namespace Discovery.CrawlLog.Analysis;

/// <summary>A Redfish exchange as stored in the crawl log (body already redacted), for replaying the mapper.</summary>
internal sealed record StoredResponse
{
    /// <summary>When the request was sent (UTC, to the microsecond).</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The BMC's address.</summary>
    public required string Bmc { get; init; }

    /// <summary>The BMC's port, when logged.</summary>
    public int? Port { get; init; }

    /// <summary>HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>Request path.</summary>
    public required string Uri { get; init; }

    /// <summary>HTTP status; null when no response arrived.</summary>
    public int? Status { get; init; }

    /// <summary>The redacted body.</summary>
    public string? Body { get; init; }
}
