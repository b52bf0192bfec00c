namespace Discovery.Redfish.Http;

/// <summary>Why a request produced no usable answer.</summary>
internal enum RedfishFailure
{
    /// <summary>A response arrived (look at its status).</summary>
    None,

    /// <summary>No answer within the per-request timeout.</summary>
    Timeout,

    /// <summary>TCP connection refused, reset or unroutable.</summary>
    Connect,

    /// <summary>TLS handshake refused (CA verification or a changed pinned fingerprint).</summary>
    Tls,

    /// <summary>The body exceeded the response size cap.</summary>
    TooLarge,
}
