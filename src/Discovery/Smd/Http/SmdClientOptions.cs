namespace Discovery.Smd.Http;

/// <summary>Where SMD is and how to talk to it: one instance per run.</summary>
internal sealed class SmdClientOptions
{
    /// <summary>
    /// SMD's base URL, without <c>/hsm/v2</c> (<c>http://smd:27779</c>, or a gateway prefix such as
    /// <c>https://demo.openchami.cluster/apis/smd</c>). Required.
    /// </summary>
    public required Uri BaseUri { get; init; }

    /// <summary>
    /// The JWT sent as <c>Authorization: Bearer</c>; null sends none (an SMD without a JWKS URL needs none).
    /// Never written to output, logs or exception messages.
    /// </summary>
    public string? AccessToken { get; init; }

    /// <summary>PEM file of CA certificates to verify SMD's certificate with; null uses the system's trust store.</summary>
    public string? CaCertFile { get; init; }

    /// <summary>Timeout of one request attempt. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt on 5xx, 429, timeouts and connection errors (never on other 4xx). Default 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay, doubled per retry unless SMD sends <c>Retry-After</c>. Default 500 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap on any one backoff delay, <c>Retry-After</c> included. Default 10 s.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The base URL in one spelling, the key of the registration state and the URL shown to the user: lower-case
    /// scheme and host, no default port, no user info, no trailing slash and no trailing <c>/hsm/v2</c>.
    /// </summary>
    public string StateKey => Normalize(BaseUri).ToString().TrimEnd('/');

    /// <summary><paramref name="uri"/> without user info and without a trailing <c>/hsm/v2</c>, ending in one slash.</summary>
    public static Uri Normalize(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/hsm/v2", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"/hsm/v2".Length];
        }

        var builder = new UriBuilder(uri.Scheme, uri.Host, uri.Port, path + "/");
        return builder.Uri;
    }
}
