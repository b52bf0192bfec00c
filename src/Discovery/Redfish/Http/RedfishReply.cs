namespace Discovery.Redfish.Http;

/// <summary>The last attempt of one request, with the headers the client needs (never logged).</summary>
internal sealed record RedfishReply
{
    /// <summary>The exchange of the last attempt.</summary>
    public required RedfishExchange Exchange { get; init; }

    /// <summary>The body parsed as a JSON object; null when there is none or it is malformed.</summary>
    public System.Text.Json.JsonElement? Document { get; init; }

    /// <summary>Why no usable answer came, if so.</summary>
    public RedfishFailure Failure { get; init; }

    /// <summary>The <c>Location</c> header.</summary>
    public string? Location { get; init; }

    /// <summary>The <c>X-Auth-Token</c> header (a secret: kept out of exchanges).</summary>
    public string? AuthToken { get; init; }

    /// <summary>What came back, in a few words: <c>HTTP 503</c>, <c>timeout</c>, or the transport error.</summary>
    public string Reason => Failure switch
    {
        RedfishFailure.None => $"HTTP {Exchange.Status}",
        RedfishFailure.Timeout => "timeout",
        RedfishFailure.TooLarge => Exchange.Error ?? "response too large",
        _ => Exchange.Error ?? Failure.ToString(),
    };

    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccess => Failure == RedfishFailure.None && Exchange.Status is >= 200 and < 300;
}
