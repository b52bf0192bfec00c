namespace Discovery.Redfish.Http;

/// <summary>
/// One HTTP exchange with a BMC, as a value: what the crawl log stores and what mapping can be replayed from.
/// Every attempt is one exchange, so retries are visible. Never holds a password or session token.
/// </summary>
internal sealed record RedfishExchange
{
    /// <summary>HTTP method (<c>GET</c>, <c>POST</c>, <c>DELETE</c>).</summary>
    public required string Method { get; init; }

    /// <summary>The request path as sent (<c>/redfish/v1/Systems/1</c>).</summary>
    public required string Uri { get; init; }

    /// <summary>HTTP status code, or null when no response arrived (timeout, connection or TLS failure).</summary>
    public int? Status { get; init; }

    /// <summary>When the request was sent.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Time from sending the request to the end of the body.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Response body size in bytes (as read, at most the configured cap).</summary>
    public long Bytes { get; init; }

    /// <summary>The <c>ETag</c> header or the body's <c>@odata.etag</c>, when present.</summary>
    public string? ETag { get; init; }

    /// <summary>The body's <c>@odata.type</c>, when the body is a Redfish resource.</summary>
    public string? ODataType { get; init; }

    /// <summary>Response body text (null when none was read). Session answers are kept: they hold no token.</summary>
    public string? Body { get; init; }

    /// <summary>Why the exchange failed (timeout, connection, TLS, size cap, bad JSON), or null.</summary>
    public string? Error { get; init; }

    /// <summary>1 for the first try, 2 for the first retry, ...</summary>
    public int Attempt { get; init; } = 1;
}
