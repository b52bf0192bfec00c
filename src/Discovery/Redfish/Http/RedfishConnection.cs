using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Discovery.Redfish.Tls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Redfish.Http;

/// <summary>
/// The HTTP side of one BMC: its own <see cref="SocketsHttpHandler"/> (so the TLS callback knows which BMC
/// it checks and connections stay capped per BMC), bounded retries with backoff and <c>Retry-After</c>, a
/// per-attempt timeout and a response size cap. Every attempt is recorded as a <see cref="RedfishExchange"/>.
/// </summary>
internal sealed partial class RedfishConnection : IDisposable
{
    private readonly HttpClient _client;
    private readonly RedfishClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly List<RedfishExchange> _exchanges = [];
    private readonly Lock _exchangesLock = new();
    private AuthenticationHeaderValue? _basic;
    private string? _token;

    /// <summary>Creates the connection to the service at <paramref name="baseUri"/>.</summary>
    /// <param name="baseUri">The service's base URI (scheme, host, port).</param>
    /// <param name="options">Timeouts, retries and caps.</param>
    /// <param name="certificateCheck">Decides on the BMC's certificate.</param>
    /// <param name="time">Clock for timestamps and retry delays.</param>
    /// <param name="logger">Told each exchange (Trace), each retry (Debug) and each retry budget spent (Warning); none when null.</param>
    public RedfishConnection(Uri baseUri, RedfishClientOptions options, CertificateCheck certificateCheck, TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        _options = options;
        _time = time;
        _logger = logger ?? NullLogger.Instance;
        Endpoint = $"{baseUri.Host}:{baseUri.Port}";
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.MaxRequestsPerBmc,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.RequestTimeout,
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        handler.SslOptions.RemoteCertificateValidationCallback = certificateCheck.Validate;
        if (options.Tls.Mode != TlsVerificationMode.CaCertificate)
        {
            // Only --cacert judges the chain .NET builds before the callback; the other modes look at the leaf
            // alone. Building that chain against the system store (hundreds of roots, sorted per handshake) was
            // the collector's largest cost in libcrypto, so the unused chain gets an empty custom root store.
            handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
                DisableCertificateDownloads = true,
            };
        }

        _client = new HttpClient(handler) { BaseAddress = baseUri, Timeout = Timeout.InfiniteTimeSpan };
        CertificateCheck = certificateCheck;
    }

    /// <summary><c>host:port</c> of the BMC (IPv6 in brackets): how log messages name it.</summary>
    public string Endpoint { get; }

    /// <summary>What the TLS handshake saw.</summary>
    public CertificateCheck CertificateCheck { get; }

    /// <summary>Requests sent so far (attempts).</summary>
    public int RequestCount
    {
        get
        {
            lock (_exchangesLock)
            {
                return _exchanges.Count;
            }
        }
    }

    /// <summary>Every attempt so far, in completion order.</summary>
    public IReadOnlyList<RedfishExchange> Exchanges()
    {
        lock (_exchangesLock)
        {
            return [.. _exchanges];
        }
    }

    /// <summary>
    /// The requests in flight this connection shares with another BMC (a collector's crawl slot: one BMC crawled,
    /// the next reading its service root), one taken per attempt and given back after it (not during a retry's
    /// wait); none when null. Set it to null before requests that run outside the slot (the logout).
    /// </summary>
    public SemaphoreSlim? SharedRequests { get; set; }

    /// <summary>Uses a session token for authenticated requests from now on.</summary>
    public void UseToken(string token) => _token = token;

    /// <summary>Uses HTTP Basic authentication (BMCs without a SessionService).</summary>
    public void UseBasic(string username, string password) =>
        _basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{username}:{password}")));

    /// <summary>GET with authentication (when set up) and retries.</summary>
    public Task<RedfishReply> GetAsync(string path, bool authenticated, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, authenticated, retry: true, cancellationToken);

    /// <summary>POSTs the session login body. Only 5xx/timeouts are retried: a 401 is final, so a wrong password never becomes a storm.</summary>
    public Task<RedfishReply> LoginAsync(string path, string username, string password, CancellationToken cancellationToken)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("UserName", username);
            writer.WriteString("Password", password);
            writer.WriteEndObject();
        }

        return SendAsync(HttpMethod.Post, path, buffer.WrittenMemory.ToArray(), authenticated: false, retry: true, cancellationToken);
    }

    /// <summary>DELETEs the session, retrying transient failures (DELETE is idempotent; a lost logout leaks a session).</summary>
    public Task<RedfishReply> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, path, null, authenticated: true, retry: true, cancellationToken);

    private void Record(RedfishExchange exchange)
    {
        lock (_exchangesLock)
        {
            _exchanges.Add(exchange);
        }
    }

    private async Task<RedfishReply> SendAsync(HttpMethod method, string path, byte[]? body, bool authenticated, bool retry, CancellationToken cancellationToken)
    {
        var maxAttempts = retry ? _options.MaxRetries + 1 : 1;
        for (var attempt = 1; ; attempt++)
        {
            var shared = SharedRequests;
            if (shared is not null)
            {
                await shared.WaitAsync(cancellationToken);
            }

            (RedfishReply Reply, RedfishExchange Exchange, TimeSpan? RetryAfter) reply;
            try
            {
                reply = await SendOnceAsync(method, path, body, authenticated, attempt, cancellationToken);
            }
            finally
            {
                shared?.Release();
            }

            Record(reply.Exchange);
            Log.Exchange(_logger, Endpoint, reply.Exchange);

            var delay = RetryDelay(reply.Reply, reply.RetryAfter, attempt);
            if (delay is null || IsSessionLimit(reply.Reply))
            {
                return reply.Reply;
            }

            if (attempt >= maxAttempts)
            {
                if (attempt > 1)
                {
                    Log.RetriesExhausted(_logger, Endpoint, method.Method, path, attempt, reply.Reply.Reason);
                }

                return reply.Reply;
            }

            Log.Retrying(_logger, Endpoint, method.Method, path, attempt, reply.Reply.Reason, delay.Value, reply.RetryAfter);
            await Task.Delay(delay.Value, _time, cancellationToken);
        }
    }

    private TimeSpan? RetryDelay(RedfishReply reply, TimeSpan? retryAfter, int attempt)
    {
        var transient = reply.Failure is RedfishFailure.Timeout or RedfishFailure.Connect
            || (reply.Failure == RedfishFailure.None && reply.Exchange.Status is 429 or 500 or 502 or 503 or 504);
        if (!transient)
        {
            return null;
        }

        var backoff = _options.RetryBaseDelay * Math.Pow(2, attempt - 1);
        return retryAfter is { } asked ? TimeSpan.FromTicks(Math.Min(asked.Ticks, _options.MaxRetryAfter.Ticks)) : backoff;
    }

    /// <summary>
    /// Whether the BMC refused a login because its session table is full: DSP0266's SessionLimitExceeded
    /// (mock-bmc answers 503), iDRAC's RAC0218 (400), or a message saying so. Retrying cannot help.
    /// </summary>
    internal static bool IsSessionLimit(RedfishReply reply)
    {
        var text = reply.Exchange.Body;
        if (reply.Exchange.Method != "POST" || reply.Exchange.Status is null or < 400 || text is null)
        {
            return false;
        }

        return text.Contains("SessionLimitExceeded", StringComparison.OrdinalIgnoreCase)
            || text.Contains("RAC0218", StringComparison.OrdinalIgnoreCase)
            || (text.Contains("session", StringComparison.OrdinalIgnoreCase)
                && (text.Contains("limit", StringComparison.OrdinalIgnoreCase) || text.Contains("maximum", StringComparison.OrdinalIgnoreCase)));
    }

    public void Dispose() => _client.Dispose();
}
