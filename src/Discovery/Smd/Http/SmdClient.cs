using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Discovery.Smd.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Smd.Http;

/// <summary>
/// The HTTP side of SMD: the few <c>/hsm/v2</c> calls registration needs, each with a per-attempt timeout and
/// retries with exponential backoff (honouring <c>Retry-After</c>) on 5xx, 429, timeouts and connection errors.
/// Failures are values (<see cref="SmdResponse"/>); only cancellation throws.
/// </summary>
/// <remarks>The token goes into the <c>Authorization</c> header only; no message built here contains a header.</remarks>
internal sealed partial class SmdClient : IDisposable
{
    private const string EndpointsPath = "hsm/v2/Inventory/RedfishEndpoints";
    private const string InterfacesPath = "hsm/v2/Inventory/EthernetInterfaces";
    private const string HardwarePath = "hsm/v2/Inventory/Hardware";

    private readonly HttpClient _client;
    private readonly SmdClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the client for the SMD of <paramref name="options"/>.</summary>
    /// <param name="options">SMD's URL, token, TLS and retry settings.</param>
    /// <param name="time">Clock for retry delays.</param>
    /// <param name="logger">Told each request (Debug), each retry (Debug) and each retry budget spent (Warning); none when null.</param>
    public SmdClient(SmdClientOptions options, TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _logger = logger ?? NullLogger.Instance;
        BaseUri = SmdClientOptions.Normalize(options.BaseUri);
#pragma warning disable CA2000 // The client owns the handler (disposeHandler: true).
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.RequestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,
            UseCookies = false,
        };
#pragma warning restore CA2000
        if (options.CaCertFile is { } caFile)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = SmdCertificateValidation.Create(caFile);
        }

        _client = new HttpClient(handler, disposeHandler: true) { BaseAddress = BaseUri, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>SMD's base URL, normalised (ends with a slash, no <c>/hsm/v2</c>).</summary>
    public Uri BaseUri { get; }

    /// <summary>The absolute URL of an endpoint, for messages and dry runs.</summary>
    public string EndpointUrl(string? xname = null) => new Uri(BaseUri, xname is null ? EndpointsPath : $"{EndpointsPath}/{xname}").ToString();

    /// <summary>The absolute URL of the EthernetInterfaces collection, or of one interface.</summary>
    public string InterfaceUrl(string? id = null) => new Uri(BaseUri, id is null ? InterfacesPath : $"{InterfacesPath}/{id}").ToString();

    /// <summary><c>GET /hsm/v2/service/ready</c>: 200 when SMD and its database are up.</summary>
    public Task<SmdResponse> ReadyAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "hsm/v2/service/ready", null, cancellationToken);

    public Task<SmdResponse> PostEndpointAsync(RedfishEndpointBody body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, EndpointsPath, Serialize(body, SmdJsonContext.Default.RedfishEndpointBody), cancellationToken);

    public Task<SmdResponse> PutEndpointAsync(RedfishEndpointBody body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"{EndpointsPath}/{body.Id}", Serialize(body, SmdJsonContext.Default.RedfishEndpointBody), cancellationToken);

    public Task<SmdResponse> GetEndpointAsync(string xname, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{EndpointsPath}/{xname}", null, cancellationToken);

    public Task<SmdResponse> PostInterfaceAsync(EthernetInterfaceBody body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, InterfacesPath, Serialize(body, SmdJsonContext.Default.EthernetInterfaceBody), cancellationToken);

    public Task<SmdResponse> PatchInterfaceAsync(EthernetInterfaceBody body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"{InterfacesPath}/{body.Id}", Serialize(body with { MacAddress = null }, SmdJsonContext.Default.EthernetInterfaceBody), cancellationToken);

    /// <summary>The absolute URL of the hardware inventory (by location).</summary>
    public string HardwareUrl() => new Uri(BaseUri, HardwarePath).ToString();

    /// <summary><c>GET /hsm/v2/Inventory/Hardware?id=…</c>: the entries SMD holds at <paramref name="xnames"/> (a JSON array).</summary>
    public Task<SmdResponse> GetHardwareAsync(IEnumerable<string> xnames, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, HardwarePath + "?" + string.Join("&", xnames.Select(x => "id=" + Uri.EscapeDataString(x))), null, cancellationToken);

    /// <summary><c>POST /hsm/v2/Inventory/Hardware</c>: creates or updates the entries of <paramref name="body"/>.</summary>
    public Task<SmdResponse> PostHardwareAsync(HardwareBody body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, HardwarePath, Serialize(body, SmdJsonContext.Default.HardwareBody), cancellationToken);

    public void Dispose() => _client.Dispose();

    internal static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private async Task<SmdResponse> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var started = _time.GetTimestamp();
            var (response, retryAfter) = await SendOnceAsync(method, path, body, cancellationToken);
            response = response with { Attempts = attempt };
            Log.RequestSent(_logger, method.Method, path, attempt, response.Status, (long)_time.GetElapsedTime(started).TotalMilliseconds, response.Error);
            if (!IsTransient(response))
            {
                return response;
            }

            if (attempt > _options.MaxRetries)
            {
                if (attempt > 1)
                {
                    Log.RetriesExhausted(_logger, method.Method, path, attempt, Log.Reason(response));
                }

                return response;
            }

            var backoff = _options.RetryBaseDelay * Math.Pow(2, attempt - 1);
            var delay = retryAfter ?? backoff;
            delay = delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
            Log.Retrying(_logger, method.Method, path, response, delay, retryAfter);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private static bool IsTransient(SmdResponse response) => response.Status is null or 429 or >= 500;

    private async Task<(SmdResponse Response, TimeSpan? RetryAfter)> SendOnceAsync(
        HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (_options.AccessToken is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            return (new SmdResponse { Status = (int)response.StatusCode, Body = text.Length == 0 ? null : text }, RetryAfter(response));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new SmdResponse { Error = $"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s" }, null);
        }
        catch (HttpRequestException exception) when (exception.InnerException is AuthenticationException)
        {
            return (new SmdResponse { Error = "TLS: " + exception.InnerException.Message }, null);
        }
        catch (HttpRequestException exception)
        {
            // The message names the host and the socket error; requests carry the token in a header, never in the URI.
            return (new SmdResponse { Error = exception.Message }, null);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
