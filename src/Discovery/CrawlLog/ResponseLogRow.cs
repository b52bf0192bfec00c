namespace Discovery.CrawlLog;

/// <summary>One Redfish exchange: a row of the crawl log's <c>responses</c> table.</summary>
internal sealed record ResponseLogRow
{
    /// <summary>When the request was sent (stored as UTC).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The BMC's address as the crawler connected to it.</summary>
    public required string Bmc { get; init; }

    /// <summary>The BMC's Redfish port.</summary>
    public int? Port { get; init; }

    /// <summary>HTTP method (<c>GET</c>, <c>POST</c>, <c>DELETE</c>).</summary>
    public required string Method { get; init; }

    /// <summary>The request path (<c>/redfish/v1/Systems/1</c>).</summary>
    public required string Uri { get; init; }

    /// <summary>HTTP status; null when no response arrived (timeout, connection refused).</summary>
    public int? Status { get; init; }

    /// <summary>Time to the full response in milliseconds.</summary>
    public double? ElapsedMs { get; init; }

    /// <summary>Response body size in bytes as received.</summary>
    public long? Bytes { get; init; }

    /// <summary>The response's ETag header.</summary>
    public string? ETag { get; init; }

    /// <summary>The body's <c>@odata.type</c>; when null the writer takes the first one in the body.</summary>
    public string? ODataType { get; init; }

    /// <summary>The response body; secrets are redacted by the writer before it is stored.</summary>
    public string? Body { get; init; }

    /// <summary>Error text when the exchange failed (scrubbed of secrets before it is written).</summary>
    public string? Error { get; init; }
}
