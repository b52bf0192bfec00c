using Discovery.Redfish.Tls;

namespace Discovery.Redfish.Http;

/// <summary>How politely and how long the client talks to each BMC. Defaults suit real, slow BMCs.</summary>
internal sealed class RedfishClientOptions
{
    /// <summary>Timeout of one request attempt, body included. Default 15 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries after the first attempt on 5xx, 429, timeouts and connection errors (never on 4xx). Default 2.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>First backoff delay, doubled per retry when the BMC sends no <c>Retry-After</c>. Default 250 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Cap on a <c>Retry-After</c> the BMC asks for. Default 10 s.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest response body read; a larger one fails that URI. Default 16 MiB.</summary>
    public long MaxResponseBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Requests in flight per BMC. Default 2 (BMCs are small computers).</summary>
    public int MaxRequestsPerBmc { get; init; } = 2;

    /// <summary>Time allowed for the session logout, which runs even after cancellation. Default 5 s.</summary>
    public TimeSpan LogoutTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time allowed for one whole BMC (login, crawl, logout). Default 10 min.</summary>
    public TimeSpan BmcTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Most documents fetched from one BMC, a guard against link loops. Default 20,000.</summary>
    public int MaxDocuments { get; init; } = 20_000;

    /// <summary>Certificate checking. Default: accept self-signed certificates and record their fingerprint.</summary>
    public TlsOptions Tls { get; init; } = new();
}
